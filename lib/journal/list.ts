import "server-only";
import { db } from "@/lib/db/client";
import { foldForSearch, type ListPosition } from "@/lib/db/search-index";
import { textSqlOf } from "@/lib/db/text-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { JOURNAL_PAGE_SIZE } from "./limits";
import { type CheckedRow, checkedSql, filterSql, idsScope, pageScope } from "./list-sql";
import type { JournalFilters } from "./schema";
import { searchCandidates, searchText } from "./search";
import { readSummaries } from "./summaries";
import type { EntryPage } from "./types";

// The journal list: a page of her entries, filtered and searched. Whole bodies stay in the
// database: it tests the search and cuts each body to what the list shows (list-sql.ts).

export const PAGE_SIZE = JOURNAL_PAGE_SIZE;
const PAGE_SIZE_MAX = 100;
const RECHECK_BATCH = 200;
const PROBE_ROWS = 200;
/**
 * The most text one search request tests, in characters of title and body: when the JavaScript
 * recheck did it, about 25 ms of `includes` on this machine in the worst case measured
 * (20,000-character bodies that hold every bigram of a 100-character query but not the query).
 * The database's substring test costs less (that journal's first page: 75 ms with the JavaScript
 * recheck, 19 ms on SQLite and 26 ms on PostgreSQL with the test in SQL), but it still runs on
 * the server every member shares (on SQLite, on the one event loop), so a journal built to defeat
 * the index (every candidate a near miss) still costs her more requests, each bounded (issue 13):
 * the page comes back short, with a cursor that resumes after the last entry tested. Characters
 * are counted as the database counts them, in code points (an emoji is one, where JavaScript
 * counted two).
 */
const RECHECK_CHARS_MAX = 2_000_000;

export async function listEntries(
  userId: string,
  filters: JournalFilters,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<EntryPage> {
  const limit = Math.min(Math.max(page.limit ?? PAGE_SIZE, 1), PAGE_SIZE_MAX);
  const where = filterSql(userId, filters);
  const q = searchText(filters.q);
  const position = page.cursor ? decodeCursor(page.cursor) : null;
  if (q) {
    const { hits, resumeAfter } = await searchPage(userId, q, where, position, limit);
    const shown = hits.slice(0, limit);
    const last = shown.at(-1);
    const next = hits.length > limit && last ? last : resumeAfter;
    const ids = shown.map((hit) => hit.id);
    const items = ids.length > 0 ? await readSummaries(userId, idsScope(where, ids), q) : [];
    return { items: items.map((item) => item.summary), nextCursor: next ? encodeCursor(next) : null };
  }
  const rows = await readSummaries(userId, pageScope(where, position, limit + 1), null);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((item) => item.summary),
    nextCursor: rows.length > limit && last ? encodeCursor(last.position) : null,
  };
}

const positionOf = ({ entryDate, createdAt, id }: ListPosition): ListPosition => ({
  entryDate,
  createdAt,
  id,
});

/**
 * The first limit + 1 of her entries containing `q` that also pass the other filters, as list
 * positions: the database tests each entry in its scope and returns only the matches. Entries
 * come first from her newest ones, then from the search index in list order, a batch at a time.
 * When RECHECK_CHARS_MAX runs out first, `resumeAfter` is the last entry tested, and the next page
 * starts there.
 */
async function searchPage(
  userId: string,
  q: string,
  where: Prisma.Sql,
  start: ListPosition | null,
  limit: number,
): Promise<{ hits: ListPosition[]; resumeAfter: ListPosition | null }> {
  const text = textSqlOf(db);
  const needle = foldForSearch(q);
  let budget = RECHECK_CHARS_MAX;
  const check = async (scope: Prisma.Sql) => {
    const rows = await db.$queryRaw<CheckedRow[]>(checkedSql(text, scope, needle, limit + 1));
    // The closing row comes last; an empty scope has none.
    const closing = rows.at(-1);
    const end = closing && Number(closing.hit) === 0 ? closing : null;
    budget -= Number(end?.spent ?? 0);
    return {
      hits: rows.filter((row) => Number(row.hit) === 1).map(positionOf),
      last: end ? positionOf(end) : null,
      total: Number(end?.total ?? 0),
    };
  };
  // A word she uses often is found among her newest entries at once, while the index would have
  // to gather every entry containing it (measured on the benchmark's journal, where 「両立」 is in
  // 8 of 10 entries: 0.2 ms for this probe against about 0.5 s through FTS5). So her next
  // PROBE_ROWS entries are tested first, a bounded cost that never grows with her journal; only a
  // rarer word, not filling the page there, goes to the index.
  const probe = await check(pageScope(where, start, PROBE_ROWS));
  if (probe.hits.length > limit || probe.total < PROBE_ROWS) return { hits: probe.hits, resumeAfter: null };
  // The probe tested every entry of hers in its range, so when it spent the budget the next page
  // can start after its last row.
  if (budget <= 0) return { hits: probe.hits, resumeAfter: probe.last };
  const found: ListPosition[] = [];
  let position = start;
  let batch = limit + 1;
  for (;;) {
    const candidates = await searchCandidates(userId, q, position, batch);
    if (candidates.length > 0) {
      const ids = candidates.map((candidate) => candidate.id);
      found.push(...(await check(idsScope(where, ids))).hits);
    }
    const last = candidates.at(-1);
    if (found.length > limit || candidates.length < batch || !last) return { hits: found, resumeAfter: null };
    if (budget <= 0) return { hits: found, resumeAfter: last };
    position = last;
    batch = RECHECK_BATCH;
  }
}
