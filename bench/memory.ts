// `npx tsx bench/memory.ts`: issue 17's memory row on its own, without the whole benchmark. Seeds
// the benchmark's database once (kept in MEMORY_DIR and copied for each run), starts the server
// of NEXT_DIST_DIR as `npm start` does, runs the benchmark's loads at its concurrency, and prints
// the server's resident memory after each, where it lies (/proc/<pid>/smaps), and V8's view
// (process.memoryUsage, heap spaces, GC time) through a preload it writes beside the database.
//
//   NEXT_DIST_DIR=.next-bench   a production build (npm run build with that NEXT_DIST_DIR)
//   MEMORY_LOADS=static,article,home,list,search,save   which loads, in order (also: book)
//   MEMORY_SECONDS=8  MEMORY_PORT=4177  MEMORY_DIR=<tmp>/sentaku-memory
//   MEMORY_SNAPSHOT=1           also write a .heapsnapshot into MEMORY_DIR after the loads
//   MEMORY_NODE_FLAGS="..."     extra node flags for the server (--cpu-prof, …)
//   MEMORY_PLAIN=1              the server as `npm start` ran it before issue 17 (for comparison)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { withAllocatorSettings } from "../lib/runtime/allocator";
import { serverProcess } from "../lib/runtime/server-process";
import { createEntryActionId, load, saveLoad } from "./load";
import { seedBenchDatabase } from "./seed";
import { residentMb, waitFor } from "./servers";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const port = Number(process.env.MEMORY_PORT ?? 4177);
const seconds = Number(process.env.MEMORY_SECONDS ?? 8);
const work = process.env.MEMORY_DIR ?? path.join(os.tmpdir(), "sentaku-memory");
const loads = (process.env.MEMORY_LOADS ?? "static,article,home,list,search,save").split(",");
const extraFlags = (process.env.MEMORY_NODE_FLAGS ?? "").split(" ").filter(Boolean);

/** Runs inside the server: on SIGUSR2, V8's figures (and a heap snapshot) into `work`. */
const PRELOAD = `
const fs = require("node:fs"), v8 = require("node:v8"), { PerformanceObserver } = require("node:perf_hooks");
const gc = { count: 0, ms: 0, full: 0, fullMs: 0 };
new PerformanceObserver((list) => { for (const e of list.getEntries()) { gc.count++; gc.ms += e.duration;
  if (e.detail && e.detail.kind === 4) { gc.full++; gc.fullMs += e.duration; } } }).observe({ entryTypes: ["gc"] });
process.on("SIGUSR2", () => {
  const mb = (b) => Math.round(b / 104857.6) / 10;
  const usage = Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)]));
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().filter((s) => s.space_size > 0)
    .map((s) => [s.space_name, mb(s.space_size) + " (used " + mb(s.space_used_size) + ")"]));
  const stats = v8.getHeapStatistics();
  const out = { usage, spaces, mallocedPeakMb: mb(stats.peak_malloced_memory), gc: { ...gc, ms: Math.round(gc.ms), fullMs: Math.round(gc.fullMs) }, cpuMs: Math.round(process.cpuUsage().user / 1000) };
  fs.writeFileSync(process.env.MEMORY_OUT + "/v8.json", JSON.stringify(out, null, 1));
  if (process.env.MEMORY_SNAPSHOT) v8.writeHeapSnapshot(process.env.MEMORY_OUT + "/server-" + Date.now() + ".heapsnapshot");
  fs.writeFileSync(process.env.MEMORY_OUT + "/done", "");
});
`;
const ARTICLE = "/articles/kanrishoku-wo-kotowatta";
const SEARCH = `/members/journal/entries?q=${encodeURIComponent("両立")}`;

async function seeded(): Promise<{ file: string; tokens: string[] }> {
  const pristine = path.join(work, "seed", "bench.db");
  const tokensFile = path.join(work, "seed", "tokens.json");
  if (!existsSync(tokensFile)) {
    mkdirSync(path.dirname(pristine), { recursive: true });
    const { tokens } = await seedBenchDatabase(`file:${pristine}`);
    writeFileSync(tokensFile, JSON.stringify(tokens));
  }
  const dir = path.join(work, "run");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "bench.db");
  for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
  copyFileSync(pristine, file);
  return { file, tokens: JSON.parse(readFileSync(tokensFile, "utf8")) as string[] };
}

async function staticAssets(base: string, pages: string[]) {
  const urls = new Set<string>();
  for (const page of pages) {
    const html = await (await fetch(base + page)).text();
    for (const [, src] of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) if (src) urls.add(src);
  }
  for (let i = 0; i < 20; i += 1) {
    await Promise.all([...urls].map(async (u) => (await fetch(base + u)).arrayBuffer()));
  }
  return urls.size;
}

/** Resident memory of a process by mapping kind, in MB (from /proc/<pid>/smaps). */
function mappings(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let current = "";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const name = head[1] ?? "";
      current =
        name === ""
          ? "anon"
          : name.startsWith("/")
            ? name.includes(".node") || name.endsWith("/node") || name.includes(".so")
              ? `file:${path.basename(name)}`
              : "file:other"
            : name;
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[current] = (out[current] ?? 0) + Number(rss[1]) / 1024;
  }
  return Object.fromEntries(
    Object.entries(out)
      .filter(([, mb]) => mb >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([k, mb]) => [k, Math.round(mb * 10) / 10]),
  );
}

async function main() {
  const { file, tokens } = await seeded();
  const base = `http://127.0.0.1:${port}`;
  const preload = path.join(work, "preload.cjs");
  writeFileSync(preload, PRELOAD);
  rmSync(path.join(work, "done"), { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: base,
    SITE_URL: base,
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: `file:${file}`,
    SENTAKU_DATA_DIR: path.dirname(file),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    MEMORY_OUT: work,
  };
  const startArgs = ["-p", String(port), "-H", "127.0.0.1"];
  const run = process.env.MEMORY_PLAIN
    ? { args: [nextBin, "start", ...startArgs], env: withAllocatorSettings(env) }
    : serverProcess(nextBin, startArgs, path.join(root, distDir), env);
  const child = spawn(process.execPath, ["--require", preload, ...extraFlags, ...run.args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: run.env,
  });
  const pid = child.pid ?? 0;
  const report = (label: string) => {
    const rss = residentMb(pid);
    console.log(`${label}: RSS ${rss.toFixed(1)} MB`);
    return rss;
  };
  try {
    await waitFor(`${base}/`);
    report("started");
    console.log(`  by mapping: ${JSON.stringify(mappings(pid))}`);
    const heavy = { Cookie: `next-auth.session-token=${tokens[0]}` };
    for (const name of loads) {
      let result: unknown = null;
      if (name === "static") result = `${await staticAssets(base, [ARTICLE, "/"])} files × 20`;
      if (name === "article") result = await load(base + ARTICLE, 50, seconds);
      if (name === "home") result = await load(base + "/", 50, seconds);
      if (name === "list") result = await load(base + "/members/journal", 20, seconds, heavy);
      if (name === "search") result = await load(base + SEARCH, 20, seconds, heavy);
      if (name === "save") {
        result = await saveLoad(base, createEntryActionId(path.join(root, distDir)), tokens, seconds);
      }
      if (name === "book") {
        // The 10,000-entry member's whole journal as one year book, as bench/run.ts asks for it.
        const began = performance.now();
        const today = new Date().toISOString().slice(0, 10);
        const book = await fetch(`${base}/members/insights/book?kind=range&from=2000-01-01&to=${today}`, {
          headers: heavy,
          redirect: "manual",
        });
        const bytes = (await book.arrayBuffer()).byteLength;
        result = { status: book.status, mib: bytes / 2 ** 20, seconds: (performance.now() - began) / 1000 };
      }
      report(`after ${name} ${JSON.stringify(result)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    report("after the run");
    console.log(`  by mapping: ${JSON.stringify(mappings(pid))}`);
    process.kill(pid, "SIGUSR2");
    for (let i = 0; i < 600 && !existsSync(path.join(work, "done")); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(`  V8: ${readFileSync(path.join(work, "v8.json"), "utf8")}`);
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
