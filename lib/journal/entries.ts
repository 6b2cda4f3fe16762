import "server-only";
import { getPrompt } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import { afterCursor, decodeCursor, encodeCursor, entryOrder } from "./cursor";
import { sameDayLastYear } from "./dates";
import { type DetailRow, detailSelect, toDetail, toSummary } from "./entry-rows";
import type { EntryInput, JournalFilters } from "./schema";
import { filterWhere, literalMatch } from "./search";
import type { EntryDetail, EntryPage, EntrySummary } from "./types";

// Only lib/journal touches the journal tables. Every function takes the member's id and puts it in
// the WHERE clause itself: an entry id alone never reaches a row. Errors leave the database client
// already scrubbed of what she wrote (lib/db/scrub-errors.ts).

export type { EntryDetail, EntryPage, EntrySummary } from "./types";

export const PAGE_SIZE = 20;
const PAGE_SIZE_MAX = 100;
const RECHECK_BATCH = 200;

export async function listEntries(
  userId: string,
  filters: JournalFilters,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<EntryPage> {
  const limit = Math.min(Math.max(page.limit ?? PAGE_SIZE, 1), PAGE_SIZE_MAX);
  const where = filterWhere(userId, filters);
  const recheck = filters.q ? literalMatch(filters.q) : null;
  let position = page.cursor ? decodeCursor(page.cursor) : null;
  const found: DetailRow[] = [];
  // One query in the usual case; more only while a wildcard search keeps filtering rows out.
  for (;;) {
    const take = recheck ? RECHECK_BATCH : limit + 1;
    const rows = await db.journalEntry.findMany({
      where: position ? { AND: [where, afterCursor(position)] } : where,
      orderBy: entryOrder,
      take,
      select: detailSelect,
    });
    found.push(...(recheck ? rows.filter(recheck) : rows));
    const last = rows.at(-1);
    if (found.length > limit || rows.length < take || !last) break;
    position = last;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => toSummary(row, filters.q)),
    nextCursor: found.length > limit && last ? encodeCursor(last) : null,
  };
}

export async function getEntry(userId: string, id: string): Promise<EntryDetail | null> {
  const row = await db.journalEntry.findFirst({ where: { id, userId }, select: detailSelect });
  return row ? toDetail(row) : null;
}

export async function createEntry(userId: string, input: EntryInput): Promise<{ id: string }> {
  // The prompt's wording is copied, so a later edit of the catalogue leaves this entry as written.
  const prompt = input.promptId ? getPrompt(input.promptId) : undefined;
  return db.journalEntry.create({
    data: {
      userId,
      title: input.title,
      body: input.body,
      entryDate: input.entryDate,
      mood: input.mood,
      promptId: prompt?.id ?? null,
      promptText: prompt?.text ?? null,
      values: { create: input.values.map((key) => ({ key, userId })) },
    },
    select: { id: true },
  });
}

/** Null when she has no entry with this id; the prompt it answered never changes. */
export async function updateEntry(
  userId: string,
  id: string,
  input: EntryInput,
): Promise<{ id: string } | null> {
  return db.$transaction(async (tx) => {
    const changed = await tx.journalEntry.updateMany({
      where: { id, userId },
      data: { title: input.title, body: input.body, entryDate: input.entryDate, mood: input.mood },
    });
    if (changed.count === 0) return null;
    await tx.entryValue.deleteMany({ where: { entryId: id, userId } });
    await tx.entryValue.createMany({ data: input.values.map((key) => ({ entryId: id, userId, key })) });
    return { id };
  });
}

/** False when she has no entry with this id. Its value tags go with it (cascade). */
export async function deleteEntry(userId: string, id: string): Promise<boolean> {
  const deleted = await db.journalEntry.deleteMany({ where: { id, userId } });
  return deleted.count > 0;
}

/** 「1年前の今日」: her entries about the same date a year earlier. */
export async function entriesOneYearAgo(
  userId: string,
  today: string,
): Promise<{ day: string; entries: EntrySummary[] }> {
  const day = sameDayLastYear(today);
  const page = await listEntries(userId, { q: null, value: null, month: null, day }, { limit: 5 });
  return { day, entries: page.items };
}
