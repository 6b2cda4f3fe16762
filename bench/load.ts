// The loads bench/run.ts applies: wrk for GET pages (autocannon, in Node, tops out near 4,000
// requests/s on this machine and would measure itself), and the real server action for saves.
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { SENTENCES } from "./seed";

const require = createRequire(import.meta.url);

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
}

export function requireWrk(): void {
  const found = spawnSync("wrk", ["--version"], { encoding: "utf8" });
  if (found.error) {
    throw new Error(
      "the benchmark needs wrk: install it with `apt-get install -y wrk` (Debian) and run again",
    );
  }
}

async function wrk(url: string, connections: number, seconds: number, headers: Record<string, string>) {
  const args = ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  args.push("-s", path.join(import.meta.dirname, "wrk-report.lua"), url);
  // Asynchronous: the bare Node server under test lives in this very process.
  const { stdout: out } = await promisify(execFile)("wrk", args, { encoding: "utf8" });
  const line = out.split("\n").find((l) => l.startsWith("WRK-JSON "));
  if (!line) throw new Error(`wrk printed no summary for ${url}:\n${out}`);
  return JSON.parse(line.slice("WRK-JSON ".length)) as {
    requests: number;
    duration_us: number;
    non2xx: number;
    errors: number;
    p50_us: number;
    p99_us: number;
  };
}

/**
 * A short unmeasured warm-up (JIT, caches), then `seconds` of load. Errors and non-2xx answers are
 * reported, not thrown, so one overloaded load still leaves the rest of the table; a load that
 * completed nothing reports 0 requests/s and an unknown p99, and its rows show as missed.
 */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  await wrk(url, connections, Math.min(2, seconds), headers);
  const r = await wrk(url, connections, seconds, headers);
  if (r.non2xx > 0 || r.errors > 0 || r.requests === 0) {
    process.stderr.write(
      `[bench] WARNING ${url}: ${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} socket errors or timeouts\n`,
    );
  }
  if (r.requests === 0) return { rps: 0, p50: Number.NaN, p99: Number.NaN };
  return { rps: r.requests / (r.duration_us / 1e6), p50: r.p50_us / 1000, p99: r.p99_us / 1000 };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The id of the journal's create action, from the build's server reference manifest. */
/** The id the build gave the server action exported as `exportedName`. */
export function actionIdOf(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`${exportedName} is not in the server reference manifest`);
  return id;
}

export function createEntryActionId(distDir: string): string {
  return actionIdOf(distDir, "createEntryAction");
}

export async function saveLoad(
  base: string,
  actionId: string,
  tokens: readonly string[],
  seconds: number,
  pagePath = "/members/journal/new",
) {
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
        const response = await fetch(`${base}${pagePath}`, {
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
  if (failures > 0) throw new Error(`${failures} of ${latencies.length} saves failed`);
  return { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
