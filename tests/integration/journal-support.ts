import { db } from "@/lib/db/client";
import { createMember as createSeedMember, type SeedMember } from "@/lib/db/seed";
import { listEntries, type EntrySummary } from "@/lib/journal/entries";
import type { EntryInput, JournalFilters } from "@/lib/journal/schema";

export function createMember(email: string): Promise<SeedMember> {
  return createSeedMember(db, { email });
}

export function entryInput(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    title: "管理職の打診",
    body: "仕事と家庭の両立について、今日は少し考えた。",
    entryDate: "2026-11-20",
    mood: 3,
    promptId: null,
    values: ["family"],
    ...overrides,
  };
}

export function entryForm(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  const defaults: Record<string, string | string[]> = {
    title: "",
    body: "本文",
    entryDate: "2026-11-20",
    mood: "",
    promptId: "",
    newTag: "",
  };
  for (const [name, value] of Object.entries({ ...defaults, ...fields })) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

/** Everything stored about an entry, to compare before and after an attempt to change it. */
export async function entrySnapshot(id: string) {
  return db.journalEntry.findUnique({
    where: { id },
    include: { values: { orderBy: { key: "asc" } } },
  });
}

/** Next's redirect() and notFound() throw errors that carry their meaning in a digest. */
export function digestOf(error: unknown): string {
  return typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
}

export async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the call to throw.");
}

/** Every page of her list for these filters, following the cursors, `limit` entries a page. */
export async function allPages(
  userId: string,
  filters: JournalFilters,
  limit: number,
): Promise<EntrySummary[]> {
  const seen: EntrySummary[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await listEntries(userId, filters, { cursor, limit });
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("Paging did not end.");
}
