import { Prisma } from "@/lib/generated/prisma/client";
import type { ListPosition } from "./types";

/** Raw SQL for "after this position" in the journal list's order, over "JournalEntry" e. */
export function afterSql(after: ListPosition | null): Prisma.Sql {
  if (!after) return Prisma.empty;
  return Prisma.sql`AND (e."entryDate" < ${after.entryDate}
    OR (e."entryDate" = ${after.entryDate} AND e."createdAt" < ${after.createdAt})
    OR (e."entryDate" = ${after.entryDate} AND e."createdAt" = ${after.createdAt} AND e."id" < ${after.id}))`;
}

/**
 * Raw SQL ordering rows in the journal list's order (lib/journal/cursor.ts entryOrder), newest
 * first, over the table or subquery named `alias`.
 */
export function listOrderSql(alias = "e"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`ORDER BY ${a}."entryDate" DESC, ${a}."createdAt" DESC, ${a}."id" DESC`;
}
