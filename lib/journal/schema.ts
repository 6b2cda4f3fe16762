import { z } from "zod";
import { getPrompt } from "@/lib/content/prompts";
import { isValidDay, tokyoDay } from "./dates";
import {
  BODY_MAX_LENGTH,
  ENTRY_DATE_MIN,
  messages,
  RANKING_SIZE,
  TITLE_MAX_LENGTH,
  VALUES_PER_ENTRY_MAX,
} from "./limits";
import {
  CUSTOM_PREFIX,
  characterCount,
  customKey,
  customLabelProblem,
  isCatalogueId,
  isCustomKey,
  normaliseCustomLabel,
} from "./values";

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
      .refine((day) => !isValidDay(day) || day <= tokyoDay(), { error: messages.dateInFuture })
      .refine((day) => !isValidDay(day) || day >= ENTRY_DATE_MIN, { error: messages.dateTooEarly }),
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

export type { JournalFilters } from "./filters";
export { filtersToSearchParams, parseFilters } from "./filters";

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

/**
 * Her ranking exactly as sent: places 1, 2, … with no gap and no value twice. Nothing is
 * renumbered or dropped here; a ranking that is not already in order is refused with a message.
 */
export const rankingSchema = z.object({
  ranking: z.array(z.string()).transform((list, ctx) => {
    const keys: string[] = [];
    let gapAt: number | null = null;
    for (const [index, value] of list.slice(0, RANKING_SIZE).entries()) {
      if (value === "") {
        gapAt ??= index;
        continue;
      }
      if (gapAt !== null) {
        ctx.addIssue({ code: "custom", message: messages.rankingGap });
        return z.NEVER;
      }
      // An empty custom chip is nothing in an entry's tags, but here it would shift the places after it.
      if (
        isCustomKey(value) &&
        customLabelProblem(normaliseCustomLabel(value.slice(CUSTOM_PREFIX.length))) === "empty"
      ) {
        ctx.addIssue({ code: "custom", message: messages.valueUnknown });
        return z.NEVER;
      }
      const key = checkValueKey(value, ctx);
      if (!key) return z.NEVER;
      if (keys.includes(key)) {
        ctx.addIssue({ code: "custom", message: messages.rankingDuplicate });
        return z.NEVER;
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
