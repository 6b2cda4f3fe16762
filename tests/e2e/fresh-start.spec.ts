import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

// `npm start` on a fresh clone: no data/ folder and none of the app's environment variables.
// The clone is the repository's tracked files copied to a temporary folder, with the installed
// node_modules, the generated Prisma client and the production build (built by `npm test` just
// before) linked in.

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const APP_VARIABLES =
  /^(DATABASE_URL|PORT|NEXTAUTH_.*|EMAIL_.*|SITE_URL|SENTAKU_.*|NEXT_DIST_DIR|HOSTNAME_BIND)$/;

function freshClone(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sentaku-clone-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root }).toString().split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  // What `npm install` generates (the Prisma client) comes with the installed packages.
  symlinkSync(path.join(root, "lib", "generated"), path.join(dir, "lib", "generated"));
  symlinkSync(path.join(root, distDir), path.join(dir, ".next"));
  return dir;
}

function start(cwd: string, port: number): { child: ChildProcess; output: () => string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !APP_VARIABLES.test(key)));
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd,
      env: { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME_BIND: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

test("npm start on a fresh clone migrates the SQLite default and serves the home page, twice", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const dir = freshClone();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  try {
    expect(existsSync(path.join(dir, "data"))).toBe(false);
    for (const run of [1, 2]) {
      const server = start(dir, port);
      try {
        await expect
          .poll(async () => (await request.get(`http://127.0.0.1:${port}/`).catch(() => null))?.status(), {
            timeout: 60_000,
          })
          .toBe(200);
        expect(server.output()).not.toContain("building");
        if (run === 2) expect(server.output()).toContain("up to date");
      } finally {
        await stop(server.child);
      }
    }

    const database = new Database(path.join(dir, "data", "sentaku.db"), { readonly: true });
    try {
      const recorded = database
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL")
        .all() as { migration_name: string }[];
      const expected = execFileSync("ls", [path.join(root, "prisma", "migrations")])
        .toString()
        .split("\n")
        .filter((name) => /^\d{14}_/.test(name));
      expect(recorded.map((row) => row.migration_name).sort()).toEqual(expected.sort());
    } finally {
      database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
