import type { DbTransaction } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// Her figures (entries per day, value tags by use) kept in step with her entries: every write
// of an entry adjusts them in the same transaction, so no page recounts her journal. Totals, the
// month, the streak and the calendar read JournalDay; value usage reads JournalValueUse. Account
// deletion needs nothing here: both tables cascade with the member.
//
// No "server-only" guard: lib/db/seed.ts (run by tsx for the benchmark and tests) recounts
// through this module too.

export interface Counted {
  entryDate: string;
  values: readonly string[];
}

async function addToDay(tx: DbTransaction, userId: string, entryDate: string, by: 1 | -1): Promise<void> {
  if (by > 0) {
    await tx.journalDay.upsert({
      where: { userId_entryDate: { userId, entryDate } },
      create: { userId, entryDate, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
    return;
  }
  await tx.journalDay.updateMany({ where: { userId, entryDate }, data: { count: { decrement: 1 } } });
  // A day without entries has no row, so the streak and the calendar never see it.
  await tx.journalDay.deleteMany({ where: { userId, entryDate, count: { lte: 0 } } });
}

async function addToValues(
  tx: DbTransaction,
  userId: string,
  keys: readonly string[],
  by: 1 | -1,
): Promise<void> {
  if (keys.length === 0) return;
  if (by > 0) {
    // All her tags in one statement (the same SQL on both databases): Prisma's upsert writes one
    // row per call, and each call costs the one event loop its own query planning, up to 20 a save.
    const rows = [...new Set(keys)].map((key) => Prisma.sql`(${userId}, ${key}, 1)`);
    await tx.$executeRaw`INSERT INTO "JournalValueUse" ("userId", "key", "count") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("userId", "key") DO UPDATE SET "count" = "JournalValueUse"."count" + 1`;
    return;
  }
  const where = { userId, key: { in: [...keys] } };
  await tx.journalValueUse.updateMany({ where, data: { count: { decrement: 1 } } });
  // An unused tag has no row, so her own tags leave her forms' choices with their last entry.
  await tx.journalValueUse.deleteMany({ where: { ...where, count: { lte: 0 } } });
}

export async function countAdded(tx: DbTransaction, userId: string, entry: Counted): Promise<void> {
  await addToDay(tx, userId, entry.entryDate, 1);
  await addToValues(tx, userId, entry.values, 1);
}

export async function countRemoved(tx: DbTransaction, userId: string, entry: Counted): Promise<void> {
  await addToDay(tx, userId, entry.entryDate, -1);
  await addToValues(tx, userId, entry.values, -1);
}

/** An entry rewritten: only what changed is adjusted. */
export async function countChanged(
  tx: DbTransaction,
  userId: string,
  before: Counted,
  after: Counted,
): Promise<void> {
  if (before.entryDate !== after.entryDate) {
    await addToDay(tx, userId, before.entryDate, -1);
    await addToDay(tx, userId, after.entryDate, 1);
  }
  await addToValues(
    tx,
    userId,
    before.values.filter((key) => !after.values.includes(key)),
    -1,
  );
  await addToValues(
    tx,
    userId,
    after.values.filter((key) => !before.values.includes(key)),
    1,
  );
}

// Members per recount query and rows per insert: inside both databases' limits on bound values.
const RECOUNT_MEMBERS = 100;
const INSERT_ROWS = 1000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Her figures counted afresh from her entries, for bulk writers (the seed) that bypass the above. */
export async function recount(tx: DbTransaction, userIds: readonly string[]): Promise<void> {
  for (const ids of chunks(userIds, RECOUNT_MEMBERS)) {
    await tx.journalDay.deleteMany({ where: { userId: { in: ids } } });
    await tx.journalValueUse.deleteMany({ where: { userId: { in: ids } } });
    const days = await tx.journalEntry.groupBy({
      by: ["userId", "entryDate"],
      where: { userId: { in: ids } },
      _count: { _all: true },
    });
    for (const batch of chunks(days, INSERT_ROWS)) {
      await tx.journalDay.createMany({
        data: batch.map((d) => ({ userId: d.userId, entryDate: d.entryDate, count: d._count._all })),
      });
    }
    const values = await tx.entryValue.groupBy({
      by: ["userId", "key"],
      where: { userId: { in: ids } },
      _count: { _all: true },
    });
    for (const batch of chunks(values, INSERT_ROWS)) {
      await tx.journalValueUse.createMany({
        data: batch.map((v) => ({ userId: v.userId, key: v.key, count: v._count._all })),
      });
    }
  }
}
