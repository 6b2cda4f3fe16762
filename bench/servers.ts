// Starting and stopping what the benchmark measures: Sentaku's `next start`, the framework floor
// (./floor) and a bare Node server, each on a free port of 127.0.0.1.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { serverProcess } from "../lib/runtime/server-process";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(url: string) {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** `next build` of the app in `cwd` into `distDir`; the build's own errors go to stderr. */
export function nextBuild(cwd: string, env: Record<string, string>) {
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (build.status !== 0) throw new Error(`the build in ${cwd} failed`);
}

export interface RunningServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `next start` in `cwd` with `env`, resolved once `readyPath` answers 200. The build is in
 * NEXT_DIST_DIR (Sentaku) or FLOOR_DIST_DIR (the floor) of `env`.
 */
export async function nextStart(cwd: string, env: Record<string, string>, readyPath = "/") {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const distDir = path.join(cwd, env.NEXT_DIST_DIR ?? env.FLOOR_DIST_DIR ?? ".next");
  // What `npm start` (scripts/start.ts) gives the server, the floor included, so both run alike.
  const run = serverProcess(nextBin, ["-p", String(port), "-H", "127.0.0.1"], distDir, {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: base,
    SITE_URL: base,
    ...env,
  });
  const child = spawn(process.execPath, run.args, {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: run.env,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const server: RunningServer = {
    base,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    },
  };
  try {
    await waitFor(`${base}${readyPath}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** A bare Node http server that answers every request with `bytes` from memory. */
export async function bareNode(bytes: Buffer): Promise<{ base: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.byteLength });
    res.end(bytes);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${port}`, server };
}

/** Resident memory of a process and its children, in MB. */
export function residentMb(pid: number): number {
  const out = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="]).toString();
  const table = out
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, parent] of table) {
      if (p !== undefined && parent !== undefined && tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return (
    table.reduce((sum, [p, , rss]) => (p !== undefined && tree.has(p) ? sum + (rss ?? 0) : sum), 0) / 1024
  );
}
