import "server-only";
import { db } from "@/lib/db/client";

// Her days, read once per view: how many entries each day has (the JournalDay counter) and the
// day's mood. A day with several moods counts as their average, so one long evening of writing
// does not outweigh a day with a single entry; the year view rounds that average to a mood.

/** Entries per day in [from, to), from the counters kept with every write. */
export async function entryDays(userId: string, from: string, to: string): Promise<Map<string, number>> {
  const days = await db.journalDay.findMany({
    where: { userId, entryDate: { gte: from, lt: to } },
    select: { entryDate: true, count: true },
  });
  return new Map(days.map((d) => [d.entryDate, d.count]));
}

/** Each day in [from, to) that has a mood, with the average of that day's moods (unrounded). */
export async function dayMoods(userId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db.journalEntry.groupBy({
    by: ["entryDate"],
    where: { userId, entryDate: { gte: from, lt: to }, mood: { not: null } },
    _avg: { mood: true },
  });
  const out = new Map<string, number>();
  for (const row of rows) if (row._avg.mood !== null) out.set(row.entryDate, row._avg.mood);
  return out;
}

/** How many days she has given a mood to, ever: the gate for the charts. */
export async function moodDayTotal(userId: string): Promise<number> {
  const rows = await db.journalEntry.groupBy({
    by: ["entryDate"],
    where: { userId, mood: { not: null } },
  });
  return rows.length;
}

/** The first year she wrote about, for the year switch; null before her first entry. */
export async function firstEntryYear(userId: string): Promise<number | null> {
  const first = await db.journalDay.findFirst({
    where: { userId },
    orderBy: { entryDate: "asc" },
    select: { entryDate: true },
  });
  return first ? Number(first.entryDate.slice(0, 4)) : null;
}
