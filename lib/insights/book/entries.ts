import "server-only";
import { db } from "@/lib/db/client";
import { detailSelect, toDetail } from "@/lib/journal/entry-rows";
import { monthRange } from "@/lib/journal/dates";
import type { EntryDetail } from "@/lib/journal/types";

// The year book's reads, all scoped to her: which months of the period hold entries (from the
// JournalDay counters), each month's entries oldest first, and the period's mood and value counts.

export interface BookMonth {
  /** YYYY-MM */
  month: string;
  entries: number;
}

export async function bookMonths(userId: string, from: string, to: string): Promise<BookMonth[]> {
  const days = await db.journalDay.findMany({
    where: { userId, entryDate: { gte: from, lt: to } },
    orderBy: { entryDate: "asc" },
    select: { entryDate: true, count: true },
  });
  const months: BookMonth[] = [];
  for (const day of days) {
    const month = day.entryDate.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.entries += day.count;
    else months.push({ month, entries: day.count });
  }
  return months;
}

/** One month of her entries inside [from, to), in the order she lived them. */
export async function monthEntries(
  userId: string,
  month: string,
  from: string,
  to: string,
): Promise<EntryDetail[]> {
  const range = monthRange(month);
  const rows = await db.journalEntry.findMany({
    where: {
      userId,
      AND: [
        { entryDate: { gte: range.from > from ? range.from : from } },
        { entryDate: { lt: range.to < to ? range.to : to } },
      ],
    },
    orderBy: [{ entryDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: detailSelect,
  });
  return rows.map(toDetail);
}

export interface BookSummary {
  /** Entries per mood value, and entries without a mood. */
  moods: { mood: number; entries: number }[];
  noMood: number;
  /** Value keys by entries carrying them, most first. */
  values: { key: string; entries: number }[];
}

export async function bookSummary(userId: string, from: string, to: string): Promise<BookSummary> {
  const where = { userId, entryDate: { gte: from, lt: to } };
  const [moods, values] = await Promise.all([
    db.journalEntry.groupBy({ by: ["mood"], where, _count: { _all: true } }),
    db.entryValue.groupBy({ by: ["key"], where: { userId, entry: where }, _count: { _all: true } }),
  ]);
  return {
    moods: moods
      .filter((m): m is typeof m & { mood: number } => m.mood !== null)
      .map((m) => ({ mood: m.mood, entries: m._count._all })),
    noMood: moods.find((m) => m.mood === null)?._count._all ?? 0,
    values: values
      .map((v) => ({ key: v.key, entries: v._count._all }))
      .sort((a, b) => b.entries - a.entries || a.key.localeCompare(b.key)),
  };
}
