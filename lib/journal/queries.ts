import "server-only";
import { getPrompt } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthRange, sameDayLastYear, streakFrom } from "./dates";
import { excerptOf } from "./excerpt";
import { JournalStoreError } from "./private-error";
import type { EntryInput, JournalFilters } from "./schema";
import type { EntryDetail, EntryPage, EntrySummary, Ranking } from "./types";
import {
  isCustomKey,
  isValidValueKey,
  sortValueKeys,
  VALUE_CATALOGUE,
  type ValueOption,
  valueOption,
} from "./values";

// The only module that touches the journal tables. Every function takes the member's id and puts
// it in the WHERE clause itself: an entry id alone never reaches a row.

export type { EntryDetail, EntryPage, EntrySummary, Ranking } from "./types";

export const PAGE_SIZE = 20;
const PAGE_SIZE_MAX = 100;

/**
 * Wraps a data function so a failure never carries its message (which may quote entry text) into
 * logs or error reports.
 */
function guarded<Args extends unknown[], Result>(
  operation: string,
  fn: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw new JournalStoreError(operation, error);
    }
  };
}

const detailSelect = {
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

type DetailRow = Prisma.JournalEntryGetPayload<{ select: typeof detailSelect }>;

function toDetail(row: DetailRow): EntryDetail {
  return { ...row, values: sortValueKeys(row.values.map((v) => v.key)) };
}

function toSummary(row: DetailRow, query: string | null): EntrySummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: excerptOf(row.body, query),
    entryDate: row.entryDate,
    mood: row.mood,
    values: sortValueKeys(row.values.map((v) => v.key)),
    promptText: row.promptText,
  };
}

// The list's order is entryDate, then createdAt, then id, all descending: id breaks every tie, so
// a page boundary never drops or repeats an entry. The cursor carries the three values of the last
// entry shown (keyset paging), which also survives that entry being deleted meanwhile.
interface CursorPosition {
  entryDate: string;
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  const raw = JSON.stringify([position.entryDate, position.createdAt.getTime(), position.id]);
  return Buffer.from(raw, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [entryDate, createdAt, id] = value as unknown[];
    if (typeof entryDate !== "string" || typeof createdAt !== "number" || typeof id !== "string") return null;
    return { entryDate, createdAt: new Date(createdAt), id };
  } catch {
    return null;
  }
}

function afterCursor(position: CursorPosition): Prisma.JournalEntryWhereInput {
  const { entryDate, createdAt, id } = position;
  return {
    OR: [
      { entryDate: { lt: entryDate } },
      { entryDate, createdAt: { lt: createdAt } },
      { entryDate, createdAt, id: { lt: id } },
    ],
  };
}

function filterWhere(userId: string, filters: JournalFilters): Prisma.JournalEntryWhereInput {
  const and: Prisma.JournalEntryWhereInput[] = [];
  if (filters.day) {
    and.push({ entryDate: filters.day });
  } else if (filters.month) {
    const { from, to } = monthRange(filters.month);
    and.push({ entryDate: { gte: from, lt: to } });
  }
  if (filters.value) and.push({ values: { some: { userId, key: filters.value } } });
  // SQLite LIKE: any substring, so 「両立」 is found inside 「仕事と家庭の両立について」.
  if (filters.q) and.push({ OR: [{ title: { contains: filters.q } }, { body: { contains: filters.q } }] });
  return { userId, AND: and };
}

const order: Prisma.JournalEntryOrderByWithRelationInput[] = [
  { entryDate: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

// SQLite's LIKE reads % and _ in the search as wildcards and Prisma cannot escape them
// (prisma/prisma#23611), so for such a search the database returns a superset and each row is
// checked here with LIKE's own rule (case-insensitive for ASCII letters only).
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function literalMatch(q: string): ((row: DetailRow) => boolean) | null {
  if (!/[%_]/.test(q)) return null;
  const needle = asciiLower(q);
  return (row) => asciiLower(row.body).includes(needle) || asciiLower(row.title ?? "").includes(needle);
}

const RECHECK_BATCH = 200;

export const listEntries = guarded(
  "listEntries",
  async (
    userId: string,
    filters: JournalFilters,
    page: { cursor?: string | null; limit?: number } = {},
  ): Promise<EntryPage> => {
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
        orderBy: order,
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
  },
);

export const getEntry = guarded(
  "getEntry",
  async (userId: string, id: string): Promise<EntryDetail | null> => {
    const row = await db.journalEntry.findFirst({ where: { id, userId }, select: detailSelect });
    return row ? toDetail(row) : null;
  },
);

export const createEntry = guarded(
  "createEntry",
  async (userId: string, input: EntryInput): Promise<{ id: string }> => {
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
  },
);

/** Null when she has no entry with this id; the prompt it answered never changes. */
export const updateEntry = guarded(
  "updateEntry",
  async (userId: string, id: string, input: EntryInput): Promise<{ id: string } | null> =>
    db.$transaction(async (tx) => {
      const changed = await tx.journalEntry.updateMany({
        where: { id, userId },
        data: { title: input.title, body: input.body, entryDate: input.entryDate, mood: input.mood },
      });
      if (changed.count === 0) return null;
      await tx.entryValue.deleteMany({ where: { entryId: id, userId } });
      await tx.entryValue.createMany({ data: input.values.map((key) => ({ entryId: id, userId, key })) });
      return { id };
    }),
);

/** False when she has no entry with this id. Its value tags go with it (cascade). */
export const deleteEntry = guarded("deleteEntry", async (userId: string, id: string): Promise<boolean> => {
  const deleted = await db.journalEntry.deleteMany({ where: { id, userId } });
  return deleted.count > 0;
});

/** Entries per day in a month (YYYY-MM), for the calendar. */
export const dayCounts = guarded(
  "dayCounts",
  async (userId: string, month: string): Promise<Record<string, number>> => {
    const { from, to } = monthRange(month);
    const groups = await db.journalEntry.groupBy({
      by: ["entryDate"],
      where: { userId, entryDate: { gte: from, lt: to } },
      _count: { _all: true },
    });
    return Object.fromEntries(groups.map((g) => [g.entryDate, g._count._all]));
  },
);

/** 「1年前の今日」: her entries about the same date a year earlier. */
export const entriesOneYearAgo = guarded(
  "entriesOneYearAgo",
  async (userId: string, today: string): Promise<{ day: string; entries: EntrySummary[] }> => {
    const day = sameDayLastYear(today);
    const page = await listEntries(userId, { q: null, value: null, month: null, day }, { limit: 5 });
    return { day, entries: page.items };
  },
);

const STREAK_BATCH = 366;

async function distinctDaysDesc(userId: string, range: Prisma.StringFilter): Promise<string[]> {
  const groups = await db.journalEntry.groupBy({
    by: ["entryDate"],
    where: { userId, entryDate: range },
    orderBy: { entryDate: "desc" },
    take: STREAK_BATCH,
  });
  return groups.map((g) => g.entryDate);
}

/** How many entries she has, how many this month, and her current streak of days. */
export const journalStats = guarded(
  "journalStats",
  async (userId: string, today: string): Promise<{ total: number; thisMonth: number; streak: number }> => {
    const { from, to } = monthRange(today.slice(0, 7));
    const [total, thisMonth] = await Promise.all([
      db.journalEntry.count({ where: { userId } }),
      db.journalEntry.count({ where: { userId, entryDate: { gte: from, lt: to } } }),
    ]);
    // Distinct days, newest first, a year at a time: most streaks end within the first batch.
    const days: string[] = [];
    let range: Prisma.StringFilter = { lte: today };
    for (;;) {
      const batch = await distinctDaysDesc(userId, range);
      days.push(...batch);
      const streak = streakFrom(days, today);
      const last = batch.at(-1);
      if (batch.length < STREAK_BATCH || streak < days.length || !last) return { total, thisMonth, streak };
      range = { lt: last };
    }
  },
);

/** Her value tags by how often she used them, most used first. */
export const valueUsage = guarded(
  "valueUsage",
  async (userId: string): Promise<{ key: string; count: number }[]> => {
    const groups = await db.entryValue.groupBy({
      by: ["key"],
      where: { userId },
      _count: { key: true },
      orderBy: [{ _count: { key: "desc" } }, { key: "asc" }],
    });
    return groups.map((g) => ({ key: g.key, count: g._count.key }));
  },
);

function parseRankingKeys(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? value.filter((k): k is string => typeof k === "string" && isValidValueKey(k))
      : [];
  } catch {
    return [];
  }
}

export const saveRanking = guarded(
  "saveRanking",
  async (userId: string, keys: string[]): Promise<Ranking> => {
    const row = await db.valueRanking.create({ data: { userId, keys: JSON.stringify(keys) } });
    return { id: row.id, keys, createdAt: row.createdAt };
  },
);

/** Her rankings, newest first. */
export const listRankings = guarded(
  "listRankings",
  async (userId: string, take: number = 50): Promise<Ranking[]> => {
    const rows = await db.valueRanking.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
    });
    return rows.map((row) => ({ id: row.id, keys: parseRankingKeys(row.keys), createdAt: row.createdAt }));
  },
);

const EXPORT_BATCH = 200;

/** Every entry of hers, newest first, a batch at a time so a large journal streams. */
export async function* entriesForExport(userId: string): AsyncGenerator<EntryDetail> {
  let position: CursorPosition | null = null;
  for (;;) {
    let rows: DetailRow[];
    try {
      rows = await db.journalEntry.findMany({
        where: position ? { AND: [{ userId }, afterCursor(position)] } : { userId },
        orderBy: order,
        take: EXPORT_BATCH,
        select: detailSelect,
      });
    } catch (error) {
      throw new JournalStoreError("entriesForExport", error);
    }
    for (const row of rows) yield toDetail(row);
    const last = rows.at(-1);
    if (rows.length < EXPORT_BATCH || !last) return;
    position = last;
  }
}

/** The value choices for her forms: the catalogue, then her own tags in Japanese order. */
export async function valueOptions(userId: string): Promise<ValueOption[]> {
  const usage = await valueUsage(userId);
  const own = sortValueKeys(usage.map((u) => u.key).filter(isCustomKey));
  return [...VALUE_CATALOGUE.map((v) => ({ key: v.id, label: v.label })), ...own.map(valueOption)];
}
