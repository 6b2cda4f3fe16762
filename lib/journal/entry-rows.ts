import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { excerptOf, leadOf } from "./excerpt";
import type { EntryDetail, EntrySummary } from "./types";
import { sortValueKeys } from "./values";

// What a read of a whole entry selects, and how a row becomes what pages see.

export const detailSelect = {
  id: true,
  title: true,
  body: true,
  entryDate: true,
  mood: true,
  promptId: true,
  promptText: true,
  createdAt: true,
  updatedAt: true,
  values: { select: { key: true } },
} satisfies Prisma.JournalEntrySelect;

export type DetailRow = Prisma.JournalEntryGetPayload<{ select: typeof detailSelect }>;

export function toDetail(row: DetailRow): EntryDetail {
  return { ...row, values: sortValueKeys(row.values.map((v) => v.key)) };
}

/**
 * An entry as the list shows it, from the whole row. The list itself makes the same summary from
 * parts of the body the database cuts (summaries.ts); tests hold the two to be equal.
 */
export function toSummary(row: DetailRow, query: string | null): EntrySummary {
  return {
    id: row.id,
    title: row.title,
    lead: leadOf(row.body),
    excerpt: excerptOf(row.body, query),
    entryDate: row.entryDate,
    mood: row.mood,
    values: sortValueKeys(row.values.map((v) => v.key)),
    promptText: row.promptText,
  };
}
