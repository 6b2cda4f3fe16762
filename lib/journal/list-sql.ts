import "server-only";
import type { ListPosition } from "@/lib/db/search-index";
import { afterSql, listOrderSql } from "@/lib/db/search-index/list-order";
import type { TextSql } from "@/lib/db/text-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { monthRange } from "./dates";
import type { JournalFilters } from "./filters";
import { HEAD_CHARS, NEAR_MATCH_MAX, WINDOW_AFTER, WINDOW_BEFORE } from "./summary-text";
import { characterCount } from "./values";

/** Capital I with dot above, written as an escape: it is no character of any page (web fonts). */
const DOTTED_CAPITAL_I = "\u0130";

// The journal list's reads as SQL, so the database tests the search and cuts the bodies: a page
// of summaries ships a few hundred characters of each body, not up to 20,000. Every statement
// reads "JournalEntry" as e within a scope that starts with her userId.

/** A whole number written into the statement: lengths and positions the code computed. */
function int(value: number): Prisma.Sql {
  if (!Number.isSafeInteger(value)) throw new Error(`Not a whole number: ${value}`);
  return Prisma.raw(String(value));
}

/** Her entries that pass the list's filters other than the search: a day or a month, a value tag. */
export function filterSql(userId: string, filters: Omit<JournalFilters, "q">): Prisma.Sql {
  const and = [Prisma.sql`e."userId" = ${userId}`];
  if (filters.day) {
    and.push(Prisma.sql`e."entryDate" = ${filters.day}`);
  } else if (filters.month) {
    const { from, to } = monthRange(filters.month);
    and.push(Prisma.sql`e."entryDate" >= ${from} AND e."entryDate" < ${to}`);
  }
  if (filters.value) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "EntryValue" v
      WHERE v."entryId" = e."id" AND v."userId" = ${userId} AND v."key" = ${filters.value})`);
  }
  return Prisma.join(and, " AND ");
}

/** Her entries after `after` in list order, the next `take` of them: a scope for the reads below. */
export function pageScope(where: Prisma.Sql, after: ListPosition | null, take: number): Prisma.Sql {
  return Prisma.sql`WHERE ${where} ${afterSql(after)} ${listOrderSql("e")} LIMIT ${int(take)}`;
}

/** The entries among `ids` that pass `where`: a scope for the reads below. */
export function idsScope(where: Prisma.Sql, ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`WHERE ${where} AND e."id" IN (${Prisma.join(ids)})`;
}

/**
 * Whether entry e holds `needle` (folded) in its title or body: lib/journal/search.ts
 * matchesSearch's rule, tested by the database.
 */
export function matchSql(text: TextSql, needle: string): Prisma.Sql {
  return Prisma.sql`(${text.foldedPosition(Prisma.sql`coalesce(e."title", '')`, needle)} > 0
    OR ${text.foldedPosition(Prisma.sql`e."body"`, needle)} > 0)`;
}

export interface CheckedRow extends ListPosition {
  /** 1 for an entry containing the search; 0 for the row that closes the answer (below). */
  hit: number;
  /** On the closing row: entries in the scope, and characters of title and body tested. */
  total: number;
  spent: number;
}

/**
 * Tests every entry of `scope` for `needle` (folded, lib/journal/search.ts matchesSearch's rule)
 * inside the database. The answer holds only the scope's first `keep` matches in list order, then
 * one closing row (absent for an empty scope): the scope's last entry, how many entries it holds
 * and how many characters the test read. That is all the recheck budget and the resumable cursor
 * need, and no body leaves the database. Materialized, so each entry is tested once.
 */
export function checkedSql(text: TextSql, scope: Prisma.Sql, needle: string, keep: number): Prisma.Sql {
  const title = Prisma.sql`e."title"`;
  const body = Prisma.sql`e."body"`;
  return Prisma.sql`WITH c AS MATERIALIZED (
      SELECT e."id", e."entryDate", e."createdAt",
        CASE WHEN ${matchSql(text, needle)} THEN 1 ELSE 0 END AS "hit",
        ${text.charLength(body)} + coalesce(${text.charLength(title)}, 0) AS "size"
      FROM "JournalEntry" e ${scope}
    )
    SELECT h."id", h."entryDate", h."createdAt", 1 AS "hit", 0 AS "total", 0 AS "spent"
    FROM (SELECT c."id", c."entryDate", c."createdAt" FROM c WHERE c."hit" = 1 ${listOrderSql("c")} LIMIT ${int(keep)}) h
    UNION ALL
    SELECT z."id", z."entryDate", z."createdAt", 0 AS "hit",
      CAST((SELECT count(*) FROM c) AS INTEGER) AS "total",
      CAST((SELECT sum(c."size") FROM c) AS INTEGER) AS "spent"
    FROM (SELECT c."id", c."entryDate", c."createdAt" FROM c
      ORDER BY c."entryDate" ASC, c."createdAt" ASC, c."id" ASC LIMIT 1) z
    ORDER BY "hit" DESC, "entryDate" DESC, "createdAt" DESC, "id" DESC`;
}

export interface SummaryRow extends ListPosition {
  title: string | null;
  /** Her value tags on the entry, as a JSON array. */
  values: string;
  mood: number | null;
  promptText: string | null;
  position: number;
  head: string;
  headComplete: number;
  before: string | null;
  from: string | null;
  fromComplete: number;
  dotted: number;
}

/**
 * The entries of `scope` with the parts of their bodies summary-text.ts needs, in list order: the
 * first HEAD_CHARS characters, or everything up to just past a match within NEAR_MATCH_MAX; for a
 * deeper match, WINDOW_BEFORE characters before it and its query plus WINDOW_AFTER from it.
 * Whether a part reaches the body's end is decided on byte lengths, which a NUL cannot shorten.
 */
export function summarySql(
  text: TextSql,
  userId: string,
  scope: Prisma.Sql,
  needle: string | null,
): Prisma.Sql {
  const body = Prisma.sql`s."body"`;
  const at = Prisma.sql`s."position"`;
  const reach = needle ? characterCount(needle) + WINDOW_AFTER : 0;
  const headLength = Prisma.sql`CASE WHEN ${at} > 0 AND ${at} <= ${int(NEAR_MATCH_MAX)}
    AND ${at} + ${int(reach - 1)} > ${int(HEAD_CHARS)} THEN ${at} + ${int(reach - 1)} ELSE ${int(HEAD_CHARS)} END`;
  const head = Prisma.sql`substr(${body}, 1, ${headLength})`;
  const deep = Prisma.sql`${at} > ${int(NEAR_MATCH_MAX)}`;
  const from = Prisma.sql`substr(${body}, ${at}, ${int(reach)})`;
  const bodyBytes = text.byteLength(body);
  return Prisma.sql`WITH s AS MATERIALIZED (
      SELECT e."id", e."title", e."body", e."entryDate", e."createdAt", e."mood", e."promptText",
        ${needle ? text.foldedPosition(Prisma.sql`e."body"`, needle) : Prisma.sql`0`} AS "position"
      FROM "JournalEntry" e ${scope}
    )
    SELECT s."id", s."title", s."entryDate", s."createdAt", s."mood", s."promptText", s."position",
      (SELECT ${text.jsonArrayAgg(Prisma.sql`v."key"`)} FROM "EntryValue" v
        WHERE v."entryId" = s."id" AND v."userId" = ${userId}) AS "values",
      ${head} AS "head",
      CASE WHEN ${text.byteLength(head)} = ${bodyBytes} THEN 1 ELSE 0 END AS "headComplete",
      CASE WHEN ${deep} THEN substr(${body}, ${at} - ${int(WINDOW_BEFORE)}, ${int(WINDOW_BEFORE)}) END AS "before",
      CASE WHEN ${deep} THEN ${from} END AS "from",
      CASE WHEN ${deep} AND ${text.byteLength(Prisma.sql`substr(${body}, 1, ${at} - 1)`)} + ${text.byteLength(from)}
        = ${bodyBytes} THEN 1 ELSE 0 END AS "fromComplete",
      CASE WHEN ${deep} AND ${text.position(body, DOTTED_CAPITAL_I)} BETWEEN 1 AND ${at} - 1 THEN 1 ELSE 0 END AS "dotted"
    FROM s
    ${listOrderSql("s")}`;
}
