import "server-only";
import { db } from "@/lib/db/client";
import { foldForSearch } from "@/lib/db/search-index";
import { textSqlOf } from "@/lib/db/text-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { JournalFilters } from "./filters";
import { filterSql, matchSql } from "./list-sql";
import { searchText } from "./search";

/** One day of the calendar: how many of her entries match, and the mood they leave. */
export interface CalendarDay {
  count: number;
  /** The rounded mean of the day's moods, null when none of its entries has one. */
  mood: number | null;
}

/**
 * Her entries per day in a month that pass the list's search and value filter, so the calendar
 * marks exactly the days the list would show. Read from the entries themselves (the day counters
 * know nothing of words or tags); a month is the bound, with the list's own filter and search test
 * (list-sql.ts), so no body leaves the database.
 */
export async function calendarDays(
  userId: string,
  month: string,
  filters: Pick<JournalFilters, "q" | "value">,
): Promise<Record<string, CalendarDay>> {
  const where = filterSql(userId, { value: filters.value, month, day: null });
  const q = searchText(filters.q);
  const match = q ? Prisma.sql`AND ${matchSql(textSqlOf(db), foldForSearch(q))}` : Prisma.empty;
  const rows = await db.$queryRaw<{ entryDate: string; mood: number | null }[]>`
    SELECT e."entryDate", e."mood" FROM "JournalEntry" e WHERE ${where} ${match}`;
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
