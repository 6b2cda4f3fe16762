import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthRange, streakFrom } from "./dates";
import { isCustomKey, sortValueKeys, VALUE_CATALOGUE, type ValueOption, valueOption } from "./values";

// Her figures: the calendar, the totals and streak, her value tags by use. All read the counters
// kept in step with every write (counters.ts), never her entries themselves.

/** Entries per day in a month (YYYY-MM), for the calendar. */
export async function dayCounts(userId: string, month: string): Promise<Record<string, number>> {
  const { from, to } = monthRange(month);
  const days = await db.journalDay.findMany({
    where: { userId, entryDate: { gte: from, lt: to } },
    select: { entryDate: true, count: true },
  });
  return Object.fromEntries(days.map((d) => [d.entryDate, d.count]));
}

/**
 * Her days are read for the streak newest first, a month's worth and then a year at a time: most
 * streaks end within the first batch, and a member's page view then reads 32 rows, not 366.
 */
const STREAK_FIRST_BATCH = 32;
const STREAK_BATCH = 366;

async function daysDesc(userId: string, range: Prisma.StringFilter, take: number): Promise<string[]> {
  const days = await db.journalDay.findMany({
    where: { userId, entryDate: range },
    orderBy: { entryDate: "desc" },
    take,
    select: { entryDate: true },
  });
  return days.map((d) => d.entryDate);
}

async function entryTotal(userId: string): Promise<number> {
  const sum = await db.journalDay.aggregate({
    where: { userId },
    _sum: { count: true },
  });
  return sum._sum.count ?? 0;
}

/**
 * Her total and this month's count in one statement (a page view asked for them in two). Plain
 * SQL the same on both databases; PostgreSQL's SUM of an integer is a bigint, hence Number().
 */
async function totals(userId: string, month: { from: string; to: string }) {
  const [row] = await db.$queryRaw<{ total: number | bigint | null; thisMonth: number | bigint | null }[]>`
    SELECT SUM("count") AS "total",
           SUM(CASE WHEN "entryDate" >= ${month.from} AND "entryDate" < ${month.to} THEN "count" ELSE 0 END) AS "thisMonth"
    FROM "JournalDay" WHERE "userId" = ${userId}`;
  return { total: Number(row?.total ?? 0), thisMonth: Number(row?.thisMonth ?? 0) };
}

/** How many entries she has, how many this month, and her current streak of days. */
export async function journalStats(
  userId: string,
  today: string,
): Promise<{ total: number; thisMonth: number; streak: number }> {
  const { total, thisMonth } = await totals(userId, monthRange(today.slice(0, 7)));
  // Her days, newest first, a batch at a time, until the streak ends inside what was read.
  const days: string[] = [];
  let range: Prisma.StringFilter = { lte: today };
  let take = STREAK_FIRST_BATCH;
  for (;;) {
    const batch = await daysDesc(userId, range, take);
    days.push(...batch);
    const streak = streakFrom(days, today);
    const last = batch.at(-1);
    if (batch.length < take || streak < days.length || !last) return { total, thisMonth, streak };
    range = { lt: last };
    take = STREAK_BATCH;
  }
}

/** How many entries and rankings she keeps, for the account page before she deletes it. */
export async function journalCounts(userId: string): Promise<{ entries: number; rankings: number }> {
  const [entries, rankings] = await Promise.all([
    entryTotal(userId),
    db.valueRanking.count({ where: { userId } }),
  ]);
  return { entries, rankings };
}

/** Her value tags by how often she used them, most used first. */
export async function valueUsage(userId: string): Promise<{ key: string; count: number }[]> {
  return db.journalValueUse.findMany({
    where: { userId },
    orderBy: [{ count: "desc" }, { key: "asc" }],
    select: { key: true, count: true },
  });
}

/** The value choices for her forms: the catalogue, then her own tags in Japanese order. */
export async function valueOptions(userId: string): Promise<ValueOption[]> {
  const usage = await valueUsage(userId);
  const own = sortValueKeys(usage.map((u) => u.key).filter(isCustomKey));
  return [...VALUE_CATALOGUE.map((v) => ({ key: v.id, label: v.label })), ...own.map(valueOption)];
}
