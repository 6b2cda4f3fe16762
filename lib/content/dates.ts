const japaneseDate = new Intl.DateTimeFormat("ja-JP", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "Asia/Tokyo",
});

/** "2026-11-25" → "2026年11月25日". Article dates are calendar days in Japan. */
export function formatJapaneseDate(day: string): string {
  return japaneseDate.format(dateInTokyo(day));
}

/** The start of a calendar day in Asia/Tokyo (UTC+9, no daylight saving time). */
export function dateInTokyo(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}
