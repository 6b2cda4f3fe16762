import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "./support/env";

// Issue 15, point 11: a build made for one address, started on another, publishes the address it
// serves. It is slow: a whole production build, into its own folder.

const root = process.cwd();
// Its own build folder beside this checkout's (tsconfig.json lists it, so the build leaves that
// file alone); Turbopack will not build a copy whose node_modules is a symlink.
const DIST_DIR = ".next-address";
const APP_VARIABLES =
  /^(DATABASE_URL|PORT|NEXTAUTH_.*|EMAIL_.*|SITE_URL|SENTAKU_.*|NEXT_DIST_DIR|HOSTNAME_BIND|LINE_URL)$/;

test("npm start on another address than the build's says so, rebuilds, and publishes its own address", async ({
  request,
}) => {
  test.setTimeout(20 * 60_000);
  const dist = path.join(root, DIST_DIR);
  const dir = mkdtempSync(path.join(tmpdir(), "sentaku-address-"));
  // A build made for the default address (what a build with no settings is made for).
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  writeFileSync(path.join(dist, "BUILD_ID"), "made-for-another-address");
  writeFileSync(path.join(dist, "sentaku-public-url"), "http://localhost:3000\n");

  const port = freePort();
  const site = `http://127.0.0.1:${port}`;
  const line = "https://line.me/R/ti/p/@sentaku-test";
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !APP_VARIABLES.test(key)));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd: root,
      detached: true,
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: port,
        HOSTNAME_BIND: "127.0.0.1",
        SITE_URL: site,
        LINE_URL: line,
        NEXT_DIST_DIR: DIST_DIR,
        ARTICLES_DIR: "content/articles",
        DATABASE_URL: `file:${path.join(dir, "sentaku.db")}`,
        SENTAKU_DATA_DIR: dir,
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
    rmSync(dist, { recursive: true, force: true });
  }
});
