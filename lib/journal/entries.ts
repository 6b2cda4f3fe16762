import "server-only";
import { getPrompt } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import { groupCommitOf } from "@/lib/db/group-commit";
import { searchIndexOf } from "@/lib/db/search-index";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countAdded, countChanged, countRemoved } from "./counters";
import { afterCursor, type CursorPosition, decodeCursor, encodeCursor, entryOrder } from "./cursor";
import { sameDayLastYear } from "./dates";
import { type DetailRow, detailSelect, toDetail, toSummary } from "./entry-rows";
import { JOURNAL_PAGE_SIZE } from "./limits";
import type { EntryInput, JournalFilters } from "./schema";
import { filterWhere, matchesSearch, searchCandidates, searchText } from "./search";
import type { EntryDetail, EntryPage, EntrySummary } from "./types";

// Only lib/journal touches the journal tables. Every function takes the member's id and puts it in
// the WHERE clause itself: an entry id alone never reaches a row. Errors leave the database client
// already scrubbed of what she wrote (lib/db/scrub-errors.ts).

export type { EntryDetail, EntryPage, EntrySummary } from "./types";

export const PAGE_SIZE = JOURNAL_PAGE_SIZE;
const PAGE_SIZE_MAX = 100;
const RECHECK_BATCH = 200;
const PROBE_ROWS = 200;
/**
 * The most text one search request rechecks, in characters: about 25 ms of `includes` on this
 * machine in the worst case measured (20,000-character bodies that hold every bigram of a
 * 100-character query but not the query). A journal built to defeat the index (every candidate a
 * near miss) then costs her more requests, each bounded, instead of holding the one event loop
 * every member shares (issue 13): the page comes back short, with a cursor that resumes after the
 * last entry checked.
 */
const RECHECK_CHARS_MAX = 2_000_000;

export async function listEntries(
  userId: string,
  filters: JournalFilters,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<EntryPage> {
  const limit = Math.min(Math.max(page.limit ?? PAGE_SIZE, 1), PAGE_SIZE_MAX);
  const where = filterWhere(userId, filters);
  const q = searchText(filters.q);
  const position = page.cursor ? decodeCursor(page.cursor) : null;
  if (q) {
    const { rows, resumeAfter } = await searchPage(userId, q, where, position, limit);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const next = rows.length > limit && last ? last : resumeAfter;
    return { items: items.map((row) => toSummary(row, q)), nextCursor: next ? encodeCursor(next) : null };
  }
  const found = await db.journalEntry.findMany({
    where: position ? { AND: [where, afterCursor(position)] } : where,
    orderBy: entryOrder,
    take: limit + 1,
    select: detailSelect,
  });
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => toSummary(row, null)),
    nextCursor: found.length > limit && last ? encodeCursor(last) : null,
  };
}

/**
 * Up to limit + 1 of her entries containing `q` that also pass the other filters: candidates
 * come from the search index in list order, a batch at a time, each one rechecked as a substring.
 * When RECHECK_CHARS_MAX runs out first, `resumeAfter` is the last entry checked, and the next
 * page starts there.
 */
async function searchPage(
  userId: string,
  q: string,
  where: Prisma.JournalEntryWhereInput,
  start: CursorPosition | null,
  limit: number,
): Promise<{ rows: DetailRow[]; resumeAfter: CursorPosition | null }> {
  const matches = matchesSearch(q);
  let budget = RECHECK_CHARS_MAX;
  const check = (rows: DetailRow[]) =>
    rows.filter((row) => {
      budget -= row.body.length + (row.title?.length ?? 0);
      return matches(row);
    });
  // A word she uses often is found among her newest entries at once, while the index would have
  // to gather every entry containing it (measured on the benchmark's journal, where 「両立」 is in
  // 8 of 10 entries: 0.2 ms for this probe against about 0.5 s through FTS5). So her next
  // PROBE_ROWS entries are read first, a bounded cost that never grows with her journal; only a
  // rarer word, not filling the page there, goes to the index.
  const probe = await db.journalEntry.findMany({
    where: start ? { AND: [where, afterCursor(start)] } : where,
    orderBy: entryOrder,
    take: PROBE_ROWS,
    select: detailSelect,
  });
  const early = check(probe);
  if (early.length > limit || probe.length < PROBE_ROWS) return { rows: early, resumeAfter: null };
  // The probe read every entry of hers in its range, so when it spent the budget the next page
  // can start after its last row.
  if (budget <= 0) return { rows: early, resumeAfter: probe.at(-1) ?? null };
  const found: DetailRow[] = [];
  let position = start;
  let batch = limit + 1;
  for (;;) {
    const candidates = await searchCandidates(userId, q, position, batch);
    if (candidates.length > 0) {
      const rows = await db.journalEntry.findMany({
        where: { AND: [where, { id: { in: candidates.map((c) => c.id) } }] },
        orderBy: entryOrder,
        select: detailSelect,
      });
      found.push(...check(rows));
    }
    const last = candidates.at(-1);
    if (found.length > limit || candidates.length < batch || !last) return { rows: found, resumeAfter: null };
    if (budget <= 0) return { rows: found, resumeAfter: last };
    position = last;
    batch = RECHECK_BATCH;
  }
}

export async function getEntry(userId: string, id: string): Promise<EntryDetail | null> {
  const row = await db.journalEntry.findFirst({ where: { id, userId }, select: detailSelect });
  return row ? toDetail(row) : null;
}

export async function createEntry(userId: string, input: EntryInput): Promise<{ id: string }> {
  // The prompt's wording is copied, so a later edit of the catalogue leaves this entry as written.
  const prompt = input.promptId ? getPrompt(input.promptId) : undefined;
  const index = searchIndexOf(db);
  // The entry, its search document and her figures commit together or not at all; saves made at
  // the same moment share the transaction, each in its own savepoint (lib/db/group-commit.ts).
  return groupCommitOf(db).run(async (tx) => {
    const created = await tx.journalEntry.create({
      data: {
        userId,
        title: input.title,
        body: input.body,
        entryDate: input.entryDate,
        mood: input.mood,
        promptId: prompt?.id ?? null,
        promptText: prompt?.text ?? null,
      },
      select: { id: true },
    });
    // Her tags in one statement; written nested in the create, Prisma inserts them one by one and
    // then reads the entry back.
    if (input.values.length > 0) {
      await tx.entryValue.createMany({
        data: input.values.map((key) => ({ entryId: created.id, userId, key })),
      });
    }
    await index.add(tx, created.id, input.title, input.body);
    await countAdded(tx, userId, input);
    return created;
  });
}

/** Null when she has no entry with this id; the prompt it answered never changes. */
export async function updateEntry(
  userId: string,
  id: string,
  input: EntryInput,
): Promise<{ id: string } | null> {
  const index = searchIndexOf(db);
  return groupCommitOf(db).run(async (tx) => {
    const before = await tx.journalEntry.findFirst({
      where: { id, userId },
      select: { title: true, body: true, entryDate: true, values: { select: { key: true } } },
    });
    if (!before) return null;
    await tx.journalEntry.update({
      where: { id },
      data: { title: input.title, body: input.body, entryDate: input.entryDate, mood: input.mood },
      select: { id: true },
    });
    // Only the tags that changed are written, and only what changed is counted.
    const had = before.values.map((v) => v.key);
    const dropped = had.filter((key) => !input.values.includes(key));
    const added = input.values.filter((key) => !had.includes(key));
    if (dropped.length > 0)
      await tx.entryValue.deleteMany({ where: { entryId: id, userId, key: { in: dropped } } });
    if (added.length > 0)
      await tx.entryValue.createMany({ data: added.map((key) => ({ entryId: id, userId, key })) });
    if (before.title !== input.title || before.body !== input.body) {
      await index.put(tx, id, input.title, input.body);
    }
    await countChanged(tx, userId, { entryDate: before.entryDate, values: had }, input);
    return { id };
  });
}

/** False when she has no entry with this id. Its value tags go with it (cascade). */
export async function deleteEntry(userId: string, id: string): Promise<boolean> {
  const index = searchIndexOf(db);
  return groupCommitOf(db).run(async (tx) => {
    const before = await tx.journalEntry.findFirst({
      where: { id, userId },
      select: { entryDate: true, values: { select: { key: true } } },
    });
    if (!before) return false;
    await index.remove(tx, id);
    await tx.journalEntry.delete({ where: { id }, select: { id: true } });
    await countRemoved(tx, userId, { entryDate: before.entryDate, values: before.values.map((v) => v.key) });
    return true;
  });
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
