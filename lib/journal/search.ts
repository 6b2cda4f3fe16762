import "server-only";
import { db } from "@/lib/db/client";
import { foldForSearch, type ListPosition, searchIndexOf } from "@/lib/db/search-index";
import type { DetailRow } from "./entry-rows";
import { SEARCH_MAX_LENGTH } from "./limits";

/**
 * The search as the index and the recheck see it: at most SEARCH_MAX_LENGTH characters, so a
 * long or repetitive query costs no more than a short one. Null for no search.
 */
export function searchText(q: string | null): string | null {
  if (!q) return null;
  return Array.from(q).slice(0, SEARCH_MAX_LENGTH).join("");
}

/**
 * Her entries whose title or body may contain `q`, from the search index, in list order after
 * `after`: a superset, so each must still pass the substring test (list-sql.ts checkedSql,
 * matchesSearch's rule in SQL). `%` and `_` are ordinary characters here (the index knows no
 * wildcards).
 */
export async function searchCandidates(
  userId: string,
  q: string,
  after: ListPosition | null,
  limit: number,
): Promise<ListPosition[]> {
  return db.$queryRaw<ListPosition[]>(searchIndexOf(db).candidatesSql(userId, q, after, limit));
}

/**
 * Whether the entry contains the search, as a substring, ASCII letters in either case: the
 * search's rule, which list-sql.ts checkedSql applies inside the database.
 */
export function matchesSearch(q: string): (row: Pick<DetailRow, "title" | "body">) => boolean {
  const needle = foldForSearch(q);
  return (row) => foldForSearch(row.body).includes(needle) || foldForSearch(row.title ?? "").includes(needle);
}
