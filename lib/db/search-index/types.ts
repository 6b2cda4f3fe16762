import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "../client";

/** A place in the journal list's order (entryDate, createdAt, id, all descending). */
export interface ListPosition {
  entryDate: string;
  createdAt: Date;
  id: string;
}

export interface SearchDocument {
  entryId: string;
  title: string | null;
  body: string;
}

/**
 * The journal's search index on one database. Writes run inside the caller's transaction, so the
 * index is always in step with the entries: an entry and its document commit or roll back
 * together.
 */
export interface SearchIndex {
  /**
   * Writes the document of an entry that has none yet (one just created): no look-up for an
   * earlier document, one statement fewer on every save.
   */
  add(tx: DbTransaction, entryId: string, title: string | null, body: string): Promise<void>;
  /** Writes an entry's document, replacing any earlier one. */
  put(tx: DbTransaction, entryId: string, title: string | null, body: string): Promise<void>;
  /** Writes the documents of entries that have none yet, in bulk (the seed). */
  addMany(tx: DbTransaction, docs: readonly SearchDocument[]): Promise<void>;
  /** Removes an entry's document; call before the entry itself is deleted. */
  remove(tx: DbTransaction, entryId: string): Promise<void>;
  /** Removes all of a member's documents; call before her account is deleted. */
  removeMember(tx: DbTransaction, userId: string): Promise<void>;
  /**
   * The query for her entries whose document may contain `query` (a superset: recheck each as a
   * substring), in list order after `after`, at most `limit`. Selects "id", "entryDate",
   * "createdAt". `query` must not be empty.
   */
  candidatesSql(userId: string, query: string, after: ListPosition | null, limit: number): Prisma.Sql;
}
