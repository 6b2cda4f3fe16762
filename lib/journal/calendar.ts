import "server-only";
import { db } from "@/lib/db/client";
import type { JournalFilters } from "./filters";
import { filterWhere, matchesSearch, searchText } from "./search";

/** One day of the calendar: how many of her entries match, and the mood they leave. */
export interface CalendarDay {
  count: number;
  /** The rounded mean of the day's moods, null when none of its entries has one. */
  mood: number | null;
}

/**
 * Her entries per day in a month that pass the list's search and value filter, so the calendar
 * marks exactly the days the list would show. Read from the entries themselves (the day counters
 * know nothing of words or tags); a month is the bound, and the bodies are read only for a search,
 * rechecked with the list's own rule.
 */
export async function calendarDays(
  userId: string,
  month: string,
  filters: Pick<JournalFilters, "q" | "value">,
): Promise<Record<string, CalendarDay>> {
  const where = filterWhere(userId, { q: null, value: filters.value, month, day: null });
  const q = searchText(filters.q);
  const rows = q
    ? (
        await db.journalEntry.findMany({
          where,
          select: { entryDate: true, mood: true, title: true, body: true },
        })
      ).filter(matchesSearch(q))
    : await db.journalEntry.findMany({ where, select: { entryDate: true, mood: true } });
  const days = new Map<string, { count: number; moods: number[] }>();
  for (const row of rows) {
    const day = days.get(row.entryDate) ?? { count: 0, moods: [] };
    day.count += 1;
    if (row.mood !== null) day.moods.push(row.mood);
    days.set(row.entryDate, day);
  }
  return Object.fromEntries(
    [...days].map(([day, { count, moods }]) => [
      day,
      { count, mood: moods.length ? Math.round(moods.reduce((a, b) => a + b, 0) / moods.length) : null },
    ]),
  );
}
