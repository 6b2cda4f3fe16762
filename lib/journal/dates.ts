import {
  isDayShaped,
  isMonthShaped,
  parseDay,
  parseMonth,
  TOKYO_TIME_ZONE,
  tokyoDay,
  tokyoParts,
} from "@/lib/dates";

/**
 * Calendar arithmetic on journal days. A journal day is a 'YYYY-MM-DD' string in Asia/Tokyo (see
 * lib/dates.ts), so "the 25th" stays the 25th whatever the server's time zone; arithmetic on such
 * strings runs in UTC, where every day has 24 hours.
 */
export const JOURNAL_TIME_ZONE = TOKYO_TIME_ZONE;

// Journal code asks this module for today, so it keeps answering.
export { tokyoDay };

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"] as const;

export function isValidDay(day: string): boolean {
  if (!isDayShaped(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

export function isValidMonth(month: string): boolean {
  if (!isMonthShaped(month)) return false;
  const m = parseMonth(month).month;
  return m >= 1 && m <= 12;
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same date a year earlier; 29 February falls back to the 28th. */
export function sameDayLastYear(day: string): string {
  const { year, month, date } = parseDay(day);
  const candidate = `${String(year - 1).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
  return isValidDay(candidate) ? candidate : candidate.replace(/-29$/, "-28");
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** First day of the month and first day of the next, for a half-open range query. */
export function monthRange(month: string): { from: string; to: string } {
  const { year, month: m } = parseMonth(month);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

export function addMonths(month: string, months: number): string {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function daysInMonth(month: string): number {
  const { from, to } = monthRange(month);
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}

/** 0 = Sunday. */
export function weekdayOf(day: string): number {
  return utcDate(day).getUTCDay();
}

/** 2026年11月25日(水) */
export function formatDayJa(day: string): string {
  const { year, month, date } = parseDay(day);
  return `${year}年${month}月${date}日(${WEEKDAYS[weekdayOf(day)]})`;
}

/** 11月25日(水), for lists within a known year. */
export function formatShortDayJa(day: string): string {
  const { month, date } = parseDay(day);
  return `${month}月${date}日(${WEEKDAYS[weekdayOf(day)]})`;
}

/** 2026年11月 */
export function formatMonthJa(month: string): string {
  const { year, month: m } = parseMonth(month);
  return `${year}年${m}月`;
}

/** 2026年11月25日(水) 09:05, in Tokyo time. */
export function formatDateTimeJa(instant: Date): string {
  const p = tokyoParts(instant);
  return `${formatDayJa(`${p.year}-${p.month}-${p.day}`)} ${p.hour}:${p.minute}`;
}

/**
 * Consecutive days with an entry, ending today or, when today has none yet, yesterday: a streak
 * is not broken until the day is over. `daysDesc` are distinct days, newest first.
 */
export function streakFrom(daysDesc: readonly string[], today: string): number {
  let expected = today;
  let streak = 0;
  for (const day of daysDesc) {
    if (day > expected) continue;
    if (day === expected) {
      streak += 1;
      expected = addDays(expected, -1);
      continue;
    }
    if (streak === 0 && day === addDays(today, -1)) {
      streak = 1;
      expected = addDays(day, -1);
      continue;
    }
    break;
  }
  return streak;
}
