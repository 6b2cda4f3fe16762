// Lighthouse (mobile defaults, simulated throttling) in Debian's Chromium, for the reader pages.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface LighthouseResult {
  score: number;
  tbt: number;
  lcp: number;
  kib: number;
}

const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Lighthouse's own advice for a failed trace ("NO_NAVSTART" and kin): "Please run Lighthouse again". */
const RETRY_ATTEMPTS = 3;

function once(url: string): LighthouseResult {
  for (let attempt = 1; ; attempt++) {
    try {
      return run(url);
    } catch (error) {
      const text = String((error as { stderr?: unknown }).stderr ?? error);
      if (attempt >= RETRY_ATTEMPTS || !text.includes("Please run Lighthouse again")) throw error;
      console.log(`[bench]   Lighthouse could not record ${url} (attempt ${attempt}); running it again`);
    }
  }
}

function run(url: string): LighthouseResult {
  const out = execFileSync(
    process.execPath,
    [
      require.resolve("lighthouse/cli/index.js"),
      url,
      "--output=json",
      "--output-path=stdout",
      "--only-categories=performance",
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    },
  );
  const report = JSON.parse(out) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    tbt: audit("total-blocking-time"),
    lcp: audit("largest-contentful-paint"),
    kib: audit("total-byte-weight") / 1024,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of `runs` Lighthouse runs, figure by figure (TBT varies from run to run). */
export function lighthouse(url: string, runs: number): LighthouseResult {
  const results = Array.from({ length: runs }, () => once(url));
  return {
    score: median(results.map((r) => r.score)),
    tbt: median(results.map((r) => r.tbt)),
    lcp: median(results.map((r) => r.lcp)),
    kib: median(results.map((r) => r.kib)),
  };
}
