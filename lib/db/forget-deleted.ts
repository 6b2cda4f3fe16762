import { type Db, providerOf } from "./client";

/**
 * Makes deleted text unreadable in the database files, after a member deletes an entry or her
 * account.
 *
 * SQLite: every connection runs with `secure_delete` (lib/db/sqlite.ts), so the pages of the main
 * file are overwritten with zeros as rows leave them; but the WAL still holds the earlier page
 * images, text included, until a checkpoint. A TRUNCATE checkpoint copies the WAL back and empties
 * it. It is cheap next to a deletion, and deletions are rare.
 *
 * PostgreSQL: a deleted row stays in its table's file as a dead tuple until VACUUM (autovacuum, in
 * the background) reclaims the space, and its old versions stay in the write-ahead log and its
 * archive until they are recycled. Nothing is run here: the database's own housekeeping is the
 * remedy there, and the README says so.
 */
export async function forgetDeleted(client: Db): Promise<void> {
  if (providerOf(client) !== "sqlite") return;
  await client.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}
