import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "./support/env";

// Issue 15, point 11: a build made for one address, started on another, publishes the address it
// serves. The build runs in a copy of the repository (as fresh-start.spec.ts does), so this
// checkout's build and tsconfig.json stay untouched. It is slow: a whole production build.

const root = process.cwd();
const APP_VARIABLES =
  /^(DATABASE_URL|PORT|NEXTAUTH_.*|EMAIL_.*|SITE_URL|SENTAKU_.*|NEXT_DIST_DIR|HOSTNAME_BIND|LINE_URL)$/;

function clone(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sentaku-address-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root }).toString().split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  symlinkSync(path.join(root, "lib", "generated"), path.join(dir, "lib", "generated"));
  return dir;
}

test("npm start on another address than the build's says so, rebuilds, and publishes its own address", async ({
  request,
}) => {
  test.setTimeout(20 * 60_000);
  const dir = clone();
  // A build made for the default address (what a bare `next build` with no settings is made for).
  mkdirSync(path.join(dir, ".next"));
  writeFileSync(path.join(dir, ".next", "BUILD_ID"), "made-for-another-address");
  writeFileSync(path.join(dir, ".next", "sentaku-public-url"), "http://localhost:3000\n");

  const port = freePort();
  const site = `http://127.0.0.1:${port}`;
  const line = "https://line.me/R/ti/p/@sentaku-test";
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !APP_VARIABLES.test(key)));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd: dir,
      detached: true,
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: port,
        HOSTNAME_BIND: "127.0.0.1",
        SITE_URL: site,
        LINE_URL: line,
        SENTAKU_DATA_DIR: path.join(dir, "data"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    const deadline = Date.now() + 18 * 60_000;
    for (;;) {
      const up = await fetch(`${site}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Not serving:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    // One line says why it built.
    expect(output).toContain(
      `The build was made for http://localhost:3000, but this server's address is ${site}`,
    );

    const home = await (await request.get(`${site}/`)).text();
    expect(home).toContain(`<link rel="canonical" href="${site}`);
    expect(home).toContain(`<meta property="og:url" content="${site}`);

    const article = await (await request.get(`${site}/articles/kanrishoku-wo-kotowatta`)).text();
    expect(article).toContain(`<link rel="canonical" href="${site}/articles/kanrishoku-wo-kotowatta"`);
    expect(article).toContain(
      `<meta property="og:image" content="${site}/articles/kanrishoku-wo-kotowatta/og-image.png"`,
    );
    expect(article).not.toContain("localhost:3000");
    // Point 12: with LINE_URL set, the article's LINE sentence links to it.
    expect(article).toContain(`<a href="${line}" rel="noopener noreferrer">LINE</a>では`);

    const feed = await (await request.get(`${site}/feed.xml`)).text();
    expect(feed).toContain(`<link>${site}/articles/kanrishoku-wo-kotowatta</link>`);
    expect(feed).not.toContain("localhost:3000");
  } finally {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
