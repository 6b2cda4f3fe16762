import { addDays, isValidDay } from "@/lib/journal/dates";

// Calendar windows the views read, as half-open [from, to) ranges of Tokyo days.

export interface DayRange {
  from: string;
  to: string;
}

export function yearRange(year: number): DayRange {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** The last `days` days ending today (today included). */
export function lastDays(today: string, days: number): DayRange {
  return { from: addDays(today, -(days - 1)), to: addDays(today, 1) };
}

/** Every day in a range, in order. */
export function daysOf(range: DayRange): string[] {
  const out: string[] = [];
  for (let day = range.from; day < range.to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** A year from a query string, or null when it is not one she could have written in. */
export function parseYear(raw: string | undefined, first: number, current: number): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= Math.min(first, current) && year <= current && isValidDay(`${year}-01-01`) ? year : null;
}
