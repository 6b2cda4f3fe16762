import { CUSTOM_TAG_MAX_LENGTH } from "./values";

// The journal's limits and messages, in a module without zod so the browser can import them for
// counters and hints; schema.ts enforces the same numbers on the server.
export const TITLE_MAX_LENGTH = 100;
export const BODY_MAX_LENGTH = 20_000;
export const MOOD_MIN = 1;
export const MOOD_MAX = 5;
export const VALUES_PER_ENTRY_MAX = 20;
export const RANKING_SIZE = 5;
export const SEARCH_MAX_LENGTH = 100;
/** Entries in one page of the journal list. */
export const JOURNAL_PAGE_SIZE = 20;
/** The earliest day an entry may carry; the latest is today (Tokyo). Year 0000 is a typo. */
export const ENTRY_DATE_MIN = "1900-01-01";

/**
 * Moods and their colour scale, used wherever a mood appears (picker, badges, calendar, charts):
 * cool and dark for hard days, warm and light for good ones, so neighbours differ in hue and in
 * lightness (readable without colour vision too). `ink` is the text colour that reaches 4.5:1 on
 * `color`.
 */
export const MOODS = [
  { value: 1, label: "とてもしんどい", color: "#4f5d95", ink: "#ffffff" },
  { value: 2, label: "しんどい", color: "#7f9fc4", ink: "#1f2430" },
  { value: 3, label: "ふつう", color: "#b9c7a5", ink: "#1f2430" },
  { value: 4, label: "よい", color: "#f1c75b", ink: "#1f2430" },
  { value: 5, label: "とてもよい", color: "#e8833a", ink: "#1f2430" },
] as const;

export const messages = {
  titleTooLong: `タイトルは${TITLE_MAX_LENGTH}文字以内にしてください。`,
  bodyEmpty: "本文を入力してください。",
  bodyTooLong: `本文は${BODY_MAX_LENGTH.toLocaleString("ja-JP")}文字以内にしてください。長い場合は2つの記録に分けてください。`,
  dateInvalid: "日付を正しく入力してください。",
  dateInFuture: "日付は今日までの日付を選んでください。",
  dateTooEarly: "日付は1900年1月1日以降の日付を選んでください。",
  moodInvalid: `気分は${MOOD_MIN}〜${MOOD_MAX}の中から選んでください。`,
  valueUnknown: "選べない価値観が含まれています。一覧から選び直してください。",
  tagTooLong: `自分のタグは${CUSTOM_TAG_MAX_LENGTH}文字以内にしてください。`,
  tagInvalid: "自分のタグに使えない文字が含まれています。",
  tooManyValues: `価値観タグは1つの記録に${VALUES_PER_ENTRY_MAX}個までです。`,
  promptUnknown: "この問いは見つかりませんでした。問いなしで保存するか、問いを選び直してください。",
  rankingEmpty: "大事な価値観を1つ以上選んでください。",
  rankingDuplicate: "同じ価値観が複数の順位に入っています。",
  rankingGap: "順位に空きがあります。1位から順に、空けずに選んでください。",
} as const;
