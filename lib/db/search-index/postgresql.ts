import { Prisma } from "@/lib/generated/prisma/client";
import { afterSql, listOrderSql } from "./list-order";
import { documentTokens, queryTokens } from "./tokens";
import type { SearchIndex } from "./types";

// PostgreSQL: a GIN index over to_tsvector('simple', "tokens") on JournalSearch (written by hand
// in the migration). An ordinary index on a model's table: migrations that rebuild nothing keep
// it, and the row is written with the entry in the same transaction.
//
// Longer queries ask for all their bigrams (AND), not a phrase: a tsvector keeps word positions
// only up to 16,383, and a body may be 20,000 characters, so a phrase could miss a match late in
// a long body. The recheck in lib/journal/list-sql.ts makes the answer exact either way.

function tsquery(query: string): string {
  const tokens = queryTokens(query);
  return tokens.kind === "prefix" ? `${tokens.prefix}:*` : [...new Set(tokens.tokens)].join(" & ");
}

export const postgresqlSearchIndex: SearchIndex = {
  async add(tx, entryId, title, body) {
    await tx.journalSearch.create({
      data: { entryId, tokens: documentTokens(title, body) },
      select: { id: true },
    });
  },

  async put(tx, entryId, title, body) {
    const tokens = documentTokens(title, body);
    await tx.journalSearch.upsert({
      where: { entryId },
      create: { entryId, tokens },
      update: { tokens },
      select: { id: true },
    });
  },

  async addMany(tx, docs) {
    await tx.journalSearch.createMany({
      data: docs.map((doc) => ({ entryId: doc.entryId, tokens: documentTokens(doc.title, doc.body) })),
    });
  },

  async remove(tx, entryId) {
    await tx.journalSearch.deleteMany({ where: { entryId } });
  },

  // Her documents go with her entries (foreign-key cascade): nothing else holds them.
  async removeMember() {},

  // The matches are found first, through the GIN index alone (a materialized CTE, so the planner
  // cannot instead walk her entries and compute each one's tsvector), then ordered and paged.
  candidatesSql(userId, query, after, limit) {
    return Prisma.sql`WITH matched AS MATERIALIZED (
        SELECT s."entryId" FROM "JournalSearch" s
        WHERE to_tsvector('simple', s."tokens") @@ to_tsquery('simple', ${tsquery(query)})
      )
      SELECT e."id", e."entryDate", e."createdAt"
      FROM matched m
      JOIN "JournalEntry" e ON e."id" = m."entryId"
      WHERE e."userId" = ${userId} ${afterSql(after)}
      ${listOrderSql()}
      LIMIT ${limit}`;
  },
};
