import type { Db } from "../client";
import { providerOf } from "../client";
import { postgresqlSearchIndex } from "./postgresql";
import { sqliteSearchIndex } from "./sqlite";
import type { SearchIndex } from "./types";

export type { ListPosition, SearchIndex } from "./types";
export { documentTokens, foldForSearch } from "./tokens";

/** The journal's search index for the database this client talks to. */
export function searchIndexOf(client: Db): SearchIndex {
  return providerOf(client) === "postgresql" ? postgresqlSearchIndex : sqliteSearchIndex;
}
