/**
 * Dates as people in Japan read them. The site's calendar is Asia/Tokyo whatever the server's
 * zone: articles are published on a Tokyo day, journal entries are about a Tokyo day, and a
 * download's stamp or a sign-in mail's expiry is shown in Tokyo time. A calendar day travels as a
 * 'YYYY-MM-DD' string; an instant as a Date. Every conversion between the two lives here.
 */
export const TOKYO_TIME_ZONE = "Asia/Tokyo";

/** Japan has kept UTC+9 without daylight saving time since 1951. */
const TOKYO_OFFSET = "+09:00";

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

// The one formatter for Tokyo wall-clock time. en-CA writes zero-padded numbers, so its parts
// compose into 'YYYY-MM-DD' and 'HH:MM' directly; h23 keeps midnight as 00, not 24.
const tokyoFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TOKYO_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant's Tokyo wall-clock reading, each part zero-padded. */
export interface TokyoParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

export function tokyoParts(instant: Date): TokyoParts {
  const parts: TokyoParts = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const part of tokyoFormat.formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof TokyoParts] = part.value;
  }
  return parts;
}

/** The Tokyo calendar day of an instant (default: now), as YYYY-MM-DD. */
export function tokyoDay(instant: Date = new Date()): string {
  const p = tokyoParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 09:05, the Tokyo clock time of an instant. */
export function formatTokyoTime(instant: Date): string {
  const p = tokyoParts(instant);
  return `${p.hour}:${p.minute}`;
}

/** The numbers of a 'YYYY-MM-DD' day. Callers pass days they have validated or produced. */
export function parseDay(day: string): { year: number; month: number; date: number } {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: "${day}"`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}

/** The numbers of a 'YYYY-MM' month. */
export function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: "${month}"`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function isDayShaped(day: string): boolean {
  return DAY_PATTERN.test(day);
}

export function isMonthShaped(month: string): boolean {
  return MONTH_PATTERN.test(month);
}

/** "2026-11-25T00:00:00+09:00": the start of a Tokyo day, in ISO 8601 with its offset. */
export function tokyoDayStartIso(day: string): string {
  return `${day}T00:00:00${TOKYO_OFFSET}`;
}

/** The instant a Tokyo calendar day begins. */
export function dateInTokyo(day: string): Date {
  return new Date(tokyoDayStartIso(day));
}

/** 2026年11月25日, for an instant (its Tokyo day) or a 'YYYY-MM-DD' day. */
export function formatJapaneseDate(date: Date | string): string {
  const { year, month, date: dayOfMonth } = parseDay(typeof date === "string" ? date : tokyoDay(date));
  return `${year}年${month}月${dayOfMonth}日`;
}

/** 2026年11月25日 16:05, in Tokyo time. */
export function formatJapaneseDateTime(instant: Date): string {
  return `${formatJapaneseDate(instant)} ${formatTokyoTime(instant)}`;
}
