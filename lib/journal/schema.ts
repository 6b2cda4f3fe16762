import { z } from "zod";
import { getPrompt } from "@/lib/content/prompts";
import { isValidDay, isValidMonth, tokyoDay } from "./dates";
import {
  CUSTOM_PREFIX,
  CUSTOM_TAG_MAX_LENGTH,
  characterCount,
  customKey,
  customLabelProblem,
  isCatalogueId,
  isCustomKey,
  normaliseCustomLabel,
} from "./values";

// Limits live here, shared by the form (counters, hints) and the server actions.
export const TITLE_MAX_LENGTH = 100;
export const BODY_MAX_LENGTH = 20_000;
export const MOOD_MIN = 1;
export const MOOD_MAX = 5;
export const VALUES_PER_ENTRY_MAX = 20;
export const RANKING_SIZE = 5;
export const SEARCH_MAX_LENGTH = 100;

export const MOODS = [
  { value: 1, label: "とてもしんどい", face: "😣" },
  { value: 2, label: "しんどい", face: "😕" },
  { value: 3, label: "ふつう", face: "😐" },
  { value: 4, label: "よい", face: "🙂" },
  { value: 5, label: "とてもよい", face: "😊" },
] as const;

export const messages = {
  titleTooLong: `タイトルは${TITLE_MAX_LENGTH}文字以内にしてください。`,
  bodyEmpty: "本文を入力してください。",
  bodyTooLong: `本文は${BODY_MAX_LENGTH.toLocaleString("ja-JP")}文字以内にしてください。長い場合は2つの記録に分けてください。`,
  dateInvalid: "日付を正しく入力してください。",
  dateInFuture: "日付は今日までの日付を選んでください。",
  moodInvalid: `気分は${MOOD_MIN}〜${MOOD_MAX}の中から選んでください。`,
  valueUnknown: "選べない価値観が含まれています。一覧から選び直してください。",
  tagTooLong: `自分のタグは${CUSTOM_TAG_MAX_LENGTH}文字以内にしてください。`,
  tagInvalid: "自分のタグに使えない文字が含まれています。",
  tooManyValues: `価値観タグは1つの記録に${VALUES_PER_ENTRY_MAX}個までです。`,
  promptUnknown: "この問いは見つかりませんでした。問いなしで保存するか、問いを選び直してください。",
  rankingEmpty: "大事な価値観を1つ以上選んでください。",
  rankingDuplicate: "同じ価値観が複数の順位に入っています。",
  confirmMissing: "確認のチェックを入れてください。",
} as const;

/** Browsers send textarea line breaks as CRLF; count and store them as one character. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A value tag as submitted: a catalogue id or "custom:<label>"; anything else is refused. */
function checkValueKey(raw: string, ctx: z.RefinementCtx): string | null {
  if (isCatalogueId(raw)) return raw;
  if (isCustomKey(raw)) {
    const label = normaliseCustomLabel(raw.slice(CUSTOM_PREFIX.length));
    const problem = customLabelProblem(label);
    if (problem === null) return customKey(label);
    // An empty chip is nothing to refuse; the other problems are hers to fix.
    if (problem === "empty") return null;
    ctx.addIssue({
      code: "custom",
      message: problem === "too-long" ? messages.tagTooLong : messages.tagInvalid,
    });
    return null;
  }
  ctx.addIssue({ code: "custom", message: messages.valueUnknown });
  return null;
}

export const entryInputSchema = z
  .object({
    title: z
      .string()
      .transform((value) => normaliseNewlines(value).trim())
      .refine((value) => characterCount(value) <= TITLE_MAX_LENGTH, { error: messages.titleTooLong }),
    body: z
      .string()
      .transform(normaliseNewlines)
      .refine((value) => value.trim().length > 0, { error: messages.bodyEmpty })
      .refine((value) => characterCount(value) <= BODY_MAX_LENGTH, { error: messages.bodyTooLong }),
    entryDate: z
      .string()
      .refine(isValidDay, { error: messages.dateInvalid })
      .refine((day) => !isValidDay(day) || day <= tokyoDay(), { error: messages.dateInFuture }),
    mood: z
      .string()
      .refine((value) => value === "" || /^[1-5]$/.test(value), { error: messages.moodInvalid })
      .transform((value) => (value === "" ? null : Number(value))),
    promptId: z
      .string()
      .refine((id) => id === "" || getPrompt(id) !== undefined, { error: messages.promptUnknown })
      .transform((id) => (id === "" ? null : id)),
    // Field-level, so every field's problem is reported at once, not the first failing one.
    values: z.array(z.string()).transform((list, ctx) => {
      const keys = new Set<string>();
      for (const value of list) {
        const key = checkValueKey(value, ctx);
        if (key) keys.add(key);
      }
      return keys;
    }),
    // A tag typed but not yet added as a chip is kept too, rather than silently lost.
    newTag: z.string().transform((tag, ctx) => {
      const label = normaliseCustomLabel(tag);
      return label ? checkValueKey(`${CUSTOM_PREFIX}${label}`, ctx) : null;
    }),
  })
  .transform((raw, ctx) => {
    const keys = new Set(raw.values);
    if (raw.newTag) keys.add(raw.newTag);
    if (keys.size > VALUES_PER_ENTRY_MAX) {
      ctx.addIssue({ code: "custom", path: ["values"], message: messages.tooManyValues });
    }
    return {
      title: raw.title === "" ? null : raw.title,
      body: raw.body,
      entryDate: raw.entryDate,
      mood: raw.mood,
      promptId: raw.promptId,
      values: [...keys],
    };
  });

export type EntryInput = z.output<typeof entryInputSchema>;
export type EntryField = "title" | "body" | "entryDate" | "mood" | "promptId" | "values" | "newTag";

/** The entry form's fields as strings, whatever a tampered request sent. */
export function entryFormValues(formData: FormData): z.input<typeof entryInputSchema> {
  return {
    title: text(formData.get("title")),
    body: text(formData.get("body")),
    entryDate: text(formData.get("entryDate")),
    mood: text(formData.get("mood")),
    promptId: text(formData.get("promptId")),
    values: formData.getAll("values").map(text),
    newTag: text(formData.get("newTag")),
  };
}

export const entryIdSchema = z.object({ id: z.string().min(1).max(64) });

export const rankingSchema = z.object({
  ranking: z.array(z.string()).transform((list, ctx) => {
    const keys: string[] = [];
    for (const value of list.slice(0, RANKING_SIZE)) {
      if (value === "") continue;
      const key = checkValueKey(value, ctx);
      if (!key) continue;
      if (keys.includes(key)) {
        ctx.addIssue({ code: "custom", message: messages.rankingDuplicate });
        continue;
      }
      keys.push(key);
    }
    if (keys.length === 0) ctx.addIssue({ code: "custom", message: messages.rankingEmpty });
    return keys;
  }),
});

export function rankingFormValues(formData: FormData): z.input<typeof rankingSchema> {
  return { ranking: Array.from({ length: RANKING_SIZE }, (_, i) => text(formData.get(`rank${i + 1}`))) };
}

export const deleteAccountSchema = z.object({
  confirm: z.string().refine((value) => value === "yes", { error: messages.confirmMissing }),
});

/** The list's filters. Anything malformed is dropped, so a hand-edited address still shows a list. */
export interface JournalFilters {
  q: string | null;
  value: string | null;
  month: string | null;
  day: string | null;
}

export function parseFilters(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): JournalFilters {
  const get = (name: string): string => {
    const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  };
  const q = normaliseCustomLabel(get("q")).slice(0, SEARCH_MAX_LENGTH);
  const value = get("value");
  const month = get("month");
  const day = get("day");
  const valueOk =
    isCatalogueId(value) ||
    (isCustomKey(value) && customLabelProblem(value.slice(CUSTOM_PREFIX.length)) === null);
  return {
    q: q || null,
    value: valueOk ? value : null,
    month: isValidMonth(month) ? month : null,
    day: isValidDay(day) ? day : null,
  };
}

export function filtersToSearchParams(filters: JournalFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.value) params.set("value", filters.value);
  if (filters.month) params.set("month", filters.month);
  if (filters.day) params.set("day", filters.day);
  return params;
}

/** First message per field, the shape the forms show. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string>> {
  const result: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    result[field] ??= issue.message;
  }
  return result;
}
