import { z } from "zod";

/** An article file that cannot be published, with the file and the field to fix. */
export class ArticleContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    problem: string,
  ) {
    super(field ? `${file}: front matter field "${field}" ${problem}` : `${file}: ${problem}`);
    this.name = "ArticleContentError";
  }
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// YAML reads an unquoted 2026-11-25 as a Date at UTC midnight, and a quoted one as a string:
// both mean the same calendar day.
const calendarDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string({ error: "must be a date written as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD")
    .refine(isCalendarDate, "is not a real calendar date"),
);

const text = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);

export const frontMatterSchema = z
  .strictObject({
    title: text(120),
    description: text(300),
    publishedAt: calendarDate,
    updatedAt: calendarDate.optional(),
    tags: z.array(text(30), { error: "must be a list of tags" }),
    membersOnly: z.boolean({ error: "must be true or false" }).default(false),
    /** Ids from content/prompts.json: the reflection prompts this article leads to. */
    prompts: z.array(text(80), { error: "must be a list of prompt ids" }).default([]),
    /** Slugs of other articles to suggest after this one. */
    related: z
      .array(z.string().regex(SLUG_PATTERN, "must be an article slug"), { error: "must be a list of slugs" })
      .default([]),
  })
  .refine((data) => !data.updatedAt || data.updatedAt >= data.publishedAt, {
    message: "must not be earlier than publishedAt",
    path: ["updatedAt"],
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`))
    .join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validates the front matter of `file`; the first problem is thrown with the field it concerns. */
export function parseFrontMatter(file: string, data: unknown): FrontMatter {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ArticleContentError(file, null, "has invalid front matter");
  if (issue.code === "unrecognized_keys") {
    throw new ArticleContentError(file, issue.keys[0] ?? null, "is not a known field");
  }
  const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
  throw new ArticleContentError(file, fieldName(issue.path), missing ? "is missing" : issue.message);
}
