import "server-only";
import { getPrompt } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import { groupCommitOf } from "@/lib/db/group-commit";
import { searchIndexOf } from "@/lib/db/search-index";
import { countAdded, countChanged, countRemoved } from "./counters";
import { sameDayLastYear } from "./dates";
import { detailSelect, toDetail } from "./entry-rows";
import { listEntries } from "./list";
import type { EntryInput } from "./schema";
import type { EntryDetail, EntrySummary } from "./types";

// Only lib/journal touches the journal tables. Every function takes the member's id and puts it in
// the WHERE clause itself: an entry id alone never reaches a row. Errors leave the database client
// already scrubbed of what she wrote (lib/db/scrub-errors.ts).

export type { EntryDetail, EntryPage, EntrySummary } from "./types";
// The list's reads live in list.ts; pages and tests import them from here as before.
export { listEntries, PAGE_SIZE } from "./list";

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
