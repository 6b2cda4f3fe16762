/**
 * Times the year book (lib/insights/book) for the benchmark's 10,000-entry member, typesetting
 * only: her entries are made in memory as bench/seed.ts writes them, so the number is the PDF
 * engine's, without the database. `npm run bench` also times the route end to end.
 * Run: npx tsx bench/book.ts [entries]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { BookMonth, BookSummary } from "../lib/insights/book/entries";
import { loadBookFonts } from "../lib/insights/book/fonts";
import { renderBook } from "../lib/insights/book/render";
import type { EntryDetail } from "../lib/journal/types";
import { entriesOf, HEAVY_ENTRIES } from "./seed";

/** The book of `count` entries, in ms, with the PDF's size and pages. */
export async function timeBook(
  count: number,
): Promise<{ ms: number; cpuMs: number; bytes: number; pdf: Uint8Array }> {
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
  const began = performance.now();
  const cpu = process.cpuUsage();
  const pdf = await renderBook({
    period: { kind: "range", from: first, to: last, label: `${first}〜${last}`, slug: "bench" },
    months,
    entriesOf: (month) => byMonth.get(month) ?? [],
    summary,
    createdAt: new Date(now),
    fonts,
  });
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a busy machine the wall clock measures the neighbours.
  return {
    ms: performance.now() - began,
    cpuMs: (used.user + used.system) / 1000,
    bytes: pdf.byteLength,
    pdf,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const count = Number.parseInt(process.argv[2] ?? String(HEAVY_ENTRIES), 10);
  const { ms, cpuMs, bytes, pdf } = await timeBook(count);
  if (process.env.BENCH_BOOK_OUT) writeFileSync(process.env.BENCH_BOOK_OUT, pdf);
  const mem = process.memoryUsage();
  console.log(
    `year book, ${count} entries: ${(ms / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s), ${(bytes / 2 ** 20).toFixed(1)} MiB` +
      `, heap ${Math.round(mem.heapUsed / 2 ** 20)} MiB, rss ${Math.round(mem.rss / 2 ** 20)} MiB (target ≤ 20 s)`,
  );
}
