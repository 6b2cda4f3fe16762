const TOKYO = "Asia/Tokyo";

const dateFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: TOKYO,
  year: "numeric",
  month: "long",
  day: "numeric",
});
const dateTimeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: TOKYO,
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** 2026年11月25日 */
export function formatJapaneseDate(date: Date): string {
  return dateFormat.format(date);
}

/** 2026年11月25日 16:05 */
export function formatJapaneseDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** 1.2 MB, 340 KB: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
