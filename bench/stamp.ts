/**
 * Times stampPdf on the larger committed member PDF.
 * Run: npx tsx bench/stamp.ts [runs]
 * Prints numbers only; the tests never assert on time (machines differ).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import { stampLabel, stampPdf } from "../lib/downloads/stamp";

interface ManifestEntry {
  storageKey: string;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const runs = Number.parseInt(process.argv[2] ?? "200", 10);
const root = process.cwd();
const manifest = JSON.parse(await readFile(path.join(root, "content/downloads/manifest.json"), "utf8")) as {
  downloads: ManifestEntry[];
};
const files = await Promise.all(
  manifest.downloads.map(async (d) => ({
    key: d.storageKey,
    bytes: new Uint8Array(await readFile(path.join(root, "content/downloads/files", d.storageKey))),
  })),
);
const largest = files.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
const label = stampLabel("member@example.jp", new Date());

// Warm-up: the first call reads and parses the stamp font and JIT-compiles pdf-lib.
for (let i = 0; i < 10; i++) await stampPdf(largest.bytes, label);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await stampPdf(largest.bytes, label);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const fmt = (n: number): string => n.toFixed(2);
console.log(
  `stampPdf ${largest.key} (${largest.bytes.length} bytes), ${runs} runs: ` +
    `median ${fmt(percentile(times, 50))} ms, p99 ${fmt(percentile(times, 99))} ms, ` +
    `min ${fmt(times[0] ?? Number.NaN)} ms, max ${fmt(times.at(-1) ?? Number.NaN)} ms`,
);
