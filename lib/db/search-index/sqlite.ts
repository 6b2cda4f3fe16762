import { Prisma } from "@/lib/generated/prisma/client";
import { documentTokens, queryTokens } from "./tokens";
import { afterSql, listOrderSql } from "./list-order";
import type { SearchIndex } from "./types";

// SQLite: an FTS5 table ("JournalSearchFts", written by hand in the migration) whose rowid is
// JournalSearch.id, an INTEGER PRIMARY KEY that a rebuild of the table copies unchanged. It is
// contentless (the tokens are stored once, in JournalSearch) with contentless_delete, so a row
// can be removed by its rowid alone.
//
// Kept in step by the application inside the entry's own transaction rather than by triggers:
// SQLite drops a table's triggers whenever a migration rebuilds the table, which Prisma's SQLite
// migrations do for most column changes, and a silently missing trigger would leave the index
// stale. Application code survives every migration.

function match(query: string): string {
  const tokens = queryTokens(query);
  // Tokens are letters a-z only, so they need no quoting inside the MATCH expression.
  return tokens.kind === "prefix" ? `${tokens.prefix}*` : `"${tokens.tokens.join(" ")}"`;
}

export const sqliteSearchIndex: SearchIndex = {
  async add(tx, entryId, title, body) {
    const tokens = documentTokens(title, body);
    const row = await tx.journalSearch.create({ data: { entryId, tokens }, select: { id: true } });
    await tx.$executeRaw`INSERT INTO "JournalSearchFts" ("rowid", "tokens") VALUES (${row.id}, ${tokens})`;
  },

  async put(tx, entryId, title, body) {
    const tokens = documentTokens(title, body);
    const existing = await tx.journalSearch.findUnique({ where: { entryId }, select: { id: true } });
    if (existing) {
      await tx.$executeRaw`DELETE FROM "JournalSearchFts" WHERE "rowid" = ${existing.id}`;
      await tx.journalSearch.update({ where: { id: existing.id }, data: { tokens } });
    }
    const row =
      existing ?? (await tx.journalSearch.create({ data: { entryId, tokens }, select: { id: true } }));
    await tx.$executeRaw`INSERT INTO "JournalSearchFts" ("rowid", "tokens") VALUES (${row.id}, ${tokens})`;
  },

  async addMany(tx, docs) {
    if (docs.length === 0) return;
    await tx.journalSearch.createMany({
      data: docs.map((doc) => ({ entryId: doc.entryId, tokens: documentTokens(doc.title, doc.body) })),
    });
    await tx.$executeRaw`INSERT INTO "JournalSearchFts" ("rowid", "tokens")
      SELECT "id", "tokens" FROM "JournalSearch" WHERE "entryId" IN (${Prisma.join(docs.map((doc) => doc.entryId))})`;
  },

  async remove(tx, entryId) {
    await tx.$executeRaw`DELETE FROM "JournalSearchFts"
      WHERE "rowid" IN (SELECT "id" FROM "JournalSearch" WHERE "entryId" = ${entryId})`;
    await tx.journalSearch.deleteMany({ where: { entryId } });
  },

  async removeMember(tx, userId) {
    await tx.$executeRaw`DELETE FROM "JournalSearchFts" WHERE "rowid" IN (
      SELECT s."id" FROM "JournalEntry" e JOIN "JournalSearch" s ON s."entryId" = e."id"
      WHERE e."userId" = ${userId})`;
  },

  candidatesSql(userId, query, after, limit) {
    return Prisma.sql`SELECT e."id", e."entryDate", e."createdAt"
      FROM "JournalSearchFts" f
      JOIN "JournalSearch" s ON s."id" = f."rowid"
      JOIN "JournalEntry" e ON e."id" = s."entryId"
      WHERE "JournalSearchFts" MATCH ${match(query)} AND e."userId" = ${userId} ${afterSql(after)}
      ${listOrderSql()}
      LIMIT ${limit}`;
  },
};
