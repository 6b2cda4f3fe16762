/**
 * Times the year book (lib/insights/book) for the benchmark's 10,000-entry member, typesetting
 * only, and measures the memory it takes: her entries are made in memory as bench/seed.ts writes
 * them, so the numbers are the PDF engine's, without the database. The book is read as the route
 * streams it, chunk by chunk; at every 8th chunk a full garbage collection is forced and the heap
 * still in use is sampled, so "peak live heap" counts what the book holds, not garbage the
 * collector had not yet reached (heap in use without the forced collections swings with the
 * collector's timing). `npm run bench` also times the route end to end.
 * Run: npx tsx bench/book.ts [entries]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import type { BookMonth, BookSummary } from "../lib/insights/book/entries";
import { loadBookFonts } from "../lib/insights/book/fonts";
import { renderBookStream } from "../lib/insights/book/render";
import type { EntryDetail } from "../lib/journal/types";
import { entriesOf, HEAVY_ENTRIES } from "./seed";

/** A full collection on demand, without starting Node with --expose-gc. */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("gc");
  return typeof gc === "function" ? () => gc() : () => undefined;
}

const MiB = 2 ** 20;

export interface BookTiming {
  ms: number;
  cpuMs: number;
  bytes: number;
  /** Heap in use after a full collection, above what it was before the book began, in MiB. */
  peakLiveHeapMb: number;
  /** Resident memory above what it was before the book began, in MiB. */
  peakRssGrowthMb: number;
  /** The PDF, when asked for (it is otherwise dropped chunk by chunk, as the route does). */
  pdf?: Uint8Array;
}

/** The book of `count` entries: time, size and memory. */
export async function timeBook(count: number, keep = false): Promise<BookTiming> {
  const now = Date.UTC(2026, 10, 25, 3);
  const entries: EntryDetail[] = entriesOf("bench", count, now)
    .map((e, i) => ({
      id: `e${i}`,
      title: e.title ?? null,
      body: e.body,
      entryDate: e.entryDate,
      mood: e.mood ?? null,
      promptId: null,
      promptText: i % 3 === 0 ? "最近、時間を忘れて取り組めたことは何ですか？" : null,
      values: [...(e.values ?? [])],
      createdAt: e.createdAt ?? new Date(now),
      updatedAt: e.createdAt ?? new Date(now),
    }))
    .sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.createdAt.getTime() - b.createdAt.getTime());
  const byMonth = new Map<string, EntryDetail[]>();
  for (const entry of entries) {
    const month = entry.entryDate.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  const months: BookMonth[] = [...byMonth].map(([month, list]) => ({ month, entries: list.length }));
  const moods = new Map<number, number>();
  const values = new Map<string, number>();
  for (const entry of entries) {
    if (entry.mood !== null) moods.set(entry.mood, (moods.get(entry.mood) ?? 0) + 1);
    for (const key of entry.values) values.set(key, (values.get(key) ?? 0) + 1);
  }
  const summary: BookSummary = {
    moods: [...moods].map(([mood, n]) => ({ mood, entries: n })),
    noMood: 0,
    values: [...values].map(([key, n]) => ({ key, entries: n })),
  };
  const first = entries[0]?.entryDate ?? "2026-01-01";
  const last = entries.at(-1)?.entryDate ?? "2026-01-01";
  const fonts = await loadBookFonts(path.resolve(import.meta.dirname, ".."));
  const gc = collector();
  gc();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let n = 0;
  let collecting = 0;
  const began = performance.now();
  const cpu = process.cpuUsage();
  for await (const chunk of renderBookStream({
    period: { kind: "range", from: first, to: last, label: `${first}〜${last}`, slug: "bench" },
    months,
    entriesOf: (month) => byMonth.get(month) ?? [],
    summary,
    createdAt: new Date(now),
    fonts,
  })) {
    bytes += chunk.byteLength;
    if (keep) chunks.push(chunk);
    if (n++ % 8 === 0) {
      // The collections are timed apart, so the figures stay the typesetting's.
      const t = performance.now();
      gc();
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
      collecting += performance.now() - t;
    }
  }
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - began - collecting;
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  // CPU time as well as wall time: on a busy machine the wall clock measures the neighbours.
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000 - collecting,
    bytes,
    peakLiveHeapMb: (peakHeap - before.heapUsed) / MiB,
    peakRssGrowthMb: (peakRss - before.rss) / MiB,
    ...(keep ? { pdf: Buffer.concat(chunks) } : {}),
  };
}

/** The memory targets of a 10,000-entry book (issue 16: streamed, a server within 300 MB). */
export const BOOK_LIVE_HEAP_TARGET_MB = 32;
export const BOOK_RSS_GROWTH_TARGET_MB = 100;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const count = Number.parseInt(process.argv[2] ?? String(HEAVY_ENTRIES), 10);
  const out = process.env.BENCH_BOOK_OUT;
  const t = await timeBook(count, Boolean(out));
  if (out && t.pdf) writeFileSync(out, t.pdf);
  console.log(
    `year book, ${count} entries: ${(t.ms / 1000).toFixed(1)} s (CPU ${(t.cpuMs / 1000).toFixed(1)} s), ${(t.bytes / MiB).toFixed(1)} MiB (target ≤ 20 s)\n` +
      `  peak live heap +${t.peakLiveHeapMb.toFixed(1)} MiB (target ≤ ${BOOK_LIVE_HEAP_TARGET_MB} MiB), ` +
      `peak RSS +${t.peakRssGrowthMb.toFixed(1)} MiB (target ≤ ${BOOK_RSS_GROWTH_TARGET_MB} MiB)`,
  );
}
