import { addDays, isValidDay } from "@/lib/journal/dates";
import { ENTRY_DATE_MIN } from "@/lib/journal/limits";
import { parseDay } from "@/lib/dates";

// The period a year book covers, as she picks it on the insights page: a calendar year, a 年度
// (April to March, as Japanese workplaces and schools count their year) or any range of days.
// Read from a GET form, so every field arrives as an untrusted string.

export type BookKind = "year" | "fiscal" | "range";

export interface BookPeriod {
  kind: BookKind;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** 「2026年」「2026年度」「2026年1月5日〜2026年3月31日」 */
  label: string;
  /** For the file name: 2026, 2026-fy, 2026-01-05_2026-03-31. */
  slug: string;
}

export const BOOK_ERRORS = {
  kind: "期間の選び方（年・年度・期間を指定）を選んでください。",
  year: "年を一覧から選んでください。",
  fiscal: "年度を一覧から選んでください。",
  from: "開始日を正しく入力してください。",
  to: "終了日を正しく入力してください。",
  order: "開始日は終了日と同じか、それより前の日付にしてください。",
  future: "終了日は今日までの日付にしてください。",
  empty: "この期間の記録はまだありません。期間を選び直してください。",
} as const;

export type BookError = keyof typeof BOOK_ERRORS;

export function isBookError(code: string | undefined): code is BookError {
  return code !== undefined && Object.hasOwn(BOOK_ERRORS, code);
}

const MIN_YEAR = Number(ENTRY_DATE_MIN.slice(0, 4));

/** The 年度 a day belongs to: January to March belong to the year before. */
export function fiscalYearOf(day: string): number {
  const { year, month } = parseDay(day);
  return month >= 4 ? year : year - 1;
}

function yearIn(raw: string | undefined, max: number): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= max ? year : null;
}

function formatJa(day: string): string {
  const { year, month, date } = parseDay(day);
  return `${year}年${month}月${date}日`;
}

export type BookPeriodResult = { ok: true; period: BookPeriod } | { ok: false; error: BookError };

export function parseBookPeriod(fields: Record<string, string | undefined>, today: string): BookPeriodResult {
  const kind = fields.kind;
  const thisYear = Number(today.slice(0, 4));
  if (kind === "year") {
    const year = yearIn(fields.year, thisYear);
    if (year === null) return { ok: false, error: "year" };
    return {
      ok: true,
      period: { kind, from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年`, slug: `${year}` },
    };
  }
  if (kind === "fiscal") {
    const year = yearIn(fields.fiscalYear, fiscalYearOf(today));
    if (year === null) return { ok: false, error: "fiscal" };
    return {
      ok: true,
      period: {
        kind,
        from: `${year}-04-01`,
        to: `${year + 1}-03-31`,
        label: `${year}年度（${year}年4月〜${year + 1}年3月）`,
        slug: `${year}-fy`,
      },
    };
  }
  if (kind === "range") {
    const from = fields.from ?? "";
    const to = fields.to ?? "";
    if (!isValidDay(from) || from < ENTRY_DATE_MIN) return { ok: false, error: "from" };
    if (!isValidDay(to) || to < ENTRY_DATE_MIN) return { ok: false, error: "to" };
    if (from > to) return { ok: false, error: "order" };
    if (to > today) return { ok: false, error: "future" };
    return {
      ok: true,
      period: { kind, from, to, label: `${formatJa(from)}〜${formatJa(to)}`, slug: `${from}_${to}` },
    };
  }
  return { ok: false, error: "kind" };
}

/** The half-open range the queries use. */
export function periodRange(period: BookPeriod): { from: string; to: string } {
  return { from: period.from, to: addDays(period.to, 1) };
}
