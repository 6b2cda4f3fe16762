// `npm run bench`: builds, seeds a database the size of a grown site (1,000 members, one of them
// with 10,000 entries), starts the production server and measures it. Prints one table and
// writes bench/results.json. Benchmarks print numbers; the tests never time anything.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { stampLabel, stampPdf } from "../lib/downloads/stamp";
import { HEAVY_ENTRIES, MEMBERS, SENTENCES, seedBenchDatabase } from "./seed";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const ARTICLE = "/articles/kanrishoku-wo-kotowatta";

interface Row {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
function record(name: string, value: number, unit: string, target = "", met: boolean | null = null) {
  rows.push({ name, value: Math.round(value * 100) / 100, unit, target, met });
}

function log(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string) {
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

async function load(url: string, connections: number, headers: Record<string, string> = {}) {
  // A short unmeasured run first, so the numbers are of a warmed-up server (JIT, caches).
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Resident memory of a process and its children, in MB. */
function residentMb(pid: number): number {
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

/** Saving entries through the real server action, as the form does, from 20 members at once. */
async function saveLoad(base: string, tokens: string[]) {
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "createEntryAction")?.[0];
  if (!actionId) throw new Error("createEntryAction is not in the server reference manifest");
  const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
    encodeReply: (value: unknown) => Promise<string | FormData>;
  };
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  let failures = 0;
  await Promise.all(
    tokens.slice(1, 21).map(async (token, worker) => {
      let n = 0;
      while (Date.now() < deadline) {
        const form = new FormData();
        form.set("title", `ベンチマーク ${worker}-${n}`);
        form.set("body", `${SENTENCES[n % SENTENCES.length]}(${worker}-${n})`);
        form.set("entryDate", new Date().toISOString().slice(0, 10));
        form.set("mood", "3");
        form.append("values", "family");
        const body = await encodeReply([form]);
        const started = performance.now();
        const response = await fetch(`${base}/members/journal/new`, {
          method: "POST",
          headers: {
            "Next-Action": actionId,
            Accept: "text/x-component",
            Cookie: `next-auth.session-token=${token}`,
            ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
          },
          body,
        });
        const text = await response.text();
        latencies.push(performance.now() - started);
        if (!response.ok || !text.includes('"ok":true')) failures += 1;
        n += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    failures,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function stampTimes() {
  const original = new Uint8Array(
    readFileSync(path.join(root, "content/downloads/files/fukugyo-checklist.pdf")),
  );
  const label = stampLabel("member0@bench.example.jp", new Date());
  for (let i = 0; i < 20; i += 1) await stampPdf(original, label);
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    await stampPdf(original, label);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

/** Gzipped bytes of every script the article's HTML loads. */
function firstLoadJs(html: string): number {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
  let total = 0;
  for (const src of new Set(sources)) {
    const relative = src.replace(/^\/_next\//, "").split("?")[0] ?? "";
    total += gzipSync(readFileSync(path.join(root, distDir, relative))).byteLength;
  }
  return total;
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes("--no-build")) {
    log(`building into ${distDir}…`);
    const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("the build failed");
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "sentaku-bench-"));
  const file = path.join(dir, "bench.db");
  log(`seeding ${MEMBERS} members, one with ${HEAVY_ENTRIES} entries…`);
  const seeding = performance.now();
  const { tokens } = await seedBenchDatabase(`file:${file}`);
  log(`seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const heavyCookie = { Cookie: `next-auth.session-token=${tokens[0]}` };

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: `file:${file}`,
        SENTAKU_DATA_DIR: dir,
        NEXTAUTH_URL: base,
        SITE_URL: base,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  try {
    await waitFor(`${base}/`);
    const articleHtml = await (await fetch(`${base}${ARTICLE}`)).text();

    log("article page vs a bare Node server, 50 connections…");
    const article = await load(`${base}${ARTICLE}`, 50);
    const bytes = Buffer.from(articleHtml);
    const bare = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.byteLength });
      res.end(bytes);
    });
    const barePort = await freePort();
    await new Promise<void>((resolve) => bare.listen(barePort, "127.0.0.1", resolve));
    const node = await load(`http://127.0.0.1:${barePort}/`, 50);
    bare.close();
    const ratio = article.rps / node.rps;
    record("article page requests/s (50 connections)", article.rps, "req/s");
    record("bare Node http server, same bytes", node.rps, "req/s");
    record("article / bare Node ratio", ratio, "×", "≥ 0.03", ratio >= 0.03);
    record("article page p50", article.p50, "ms");
    record("article page p99", article.p99, "ms", "< 100 ms", article.p99 < 100);

    log("journal list of the 10,000-entry member, 20 connections…");
    const list = await load(`${base}/members/journal`, 20, heavyCookie);
    record("journal list requests/s (20 connections)", list.rps, "req/s");
    record("journal list p99", list.p99, "ms", "≤ 50 ms", list.p99 <= 50);
    const search = await load(
      `${base}/members/journal/entries?q=${encodeURIComponent("両立")}`,
      20,
      heavyCookie,
    );
    record("journal search p99 (「両立」)", search.p99, "ms", "≤ 100 ms", search.p99 <= 100);

    log("saving entries, 20 members at once…");
    const save = await saveLoad(base, tokens);
    if (save.failures > 0) throw new Error(`${save.failures} of ${save.count} saves failed`);
    record("saving an entry p99 (20 members)", save.p99, "ms", "≤ 50 ms", save.p99 <= 50);
    record("saves completed", save.count, "saves");

    log("stamping…");
    const stamp = await stampTimes();
    record("PDF stamp median (6 pages)", stamp.median, "ms", "≤ 30 ms", stamp.median <= 30);
    record("PDF stamp p99", stamp.p99, "ms");

    const js = firstLoadJs(articleHtml);
    record("article first-load JS (gzip)", js / 1024, "KiB", "≤ 180 KiB", js <= 180 * 1024);

    const rss = residentMb(server.pid ?? 0);
    record("server resident memory after the run", rss, "MB", "≤ 300 MB", rss <= 300);
  } finally {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results = { date: new Date().toISOString(), machine, seconds, rows };
  writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const lines = [
    `Sentaku benchmark, ${results.date.slice(0, 10)}, ${machine}, ${seconds} s per load`,
    "",
    "| measure | result | target | |",
    "| --- | ---: | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.value} ${r.unit} | ${r.target} | ${r.met === null ? "" : r.met ? "met" : "MISSED"} |`,
    ),
    "",
    `(${Math.round((Date.now() - started) / 1000)} s in all; written to bench/results.json)`,
  ];
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
