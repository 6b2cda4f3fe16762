import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthRange, streakFrom } from "./dates";
import { isCustomKey, sortValueKeys, VALUE_CATALOGUE, type ValueOption, valueOption } from "./values";

// Counts over her journal: the calendar, the totals and streak, her value tags by use.

/** Entries per day in a month (YYYY-MM), for the calendar. */
export async function dayCounts(userId: string, month: string): Promise<Record<string, number>> {
  const { from, to } = monthRange(month);
  const groups = await db.journalEntry.groupBy({
    by: ["entryDate"],
    where: { userId, entryDate: { gte: from, lt: to } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.entryDate, g._count._all]));
}

const STREAK_BATCH = 366;

async function distinctDaysDesc(userId: string, range: Prisma.StringFilter): Promise<string[]> {
  const groups = await db.journalEntry.groupBy({
    by: ["entryDate"],
    where: { userId, entryDate: range },
    orderBy: { entryDate: "desc" },
    take: STREAK_BATCH,
  });
  return groups.map((g) => g.entryDate);
}

/** How many entries she has, how many this month, and her current streak of days. */
export async function journalStats(
  userId: string,
  today: string,
): Promise<{ total: number; thisMonth: number; streak: number }> {
  const { from, to } = monthRange(today.slice(0, 7));
  const [total, thisMonth] = await Promise.all([
    db.journalEntry.count({ where: { userId } }),
    db.journalEntry.count({ where: { userId, entryDate: { gte: from, lt: to } } }),
  ]);
  // Distinct days, newest first, a year at a time: most streaks end within the first batch.
  const days: string[] = [];
  let range: Prisma.StringFilter = { lte: today };
  for (;;) {
    const batch = await distinctDaysDesc(userId, range);
    days.push(...batch);
    const streak = streakFrom(days, today);
    const last = batch.at(-1);
    if (batch.length < STREAK_BATCH || streak < days.length || !last) return { total, thisMonth, streak };
    range = { lt: last };
  }
}

/** How many entries and rankings she keeps, for the account page before she deletes it. */
export async function journalCounts(userId: string): Promise<{ entries: number; rankings: number }> {
  const [entries, rankings] = await Promise.all([
    db.journalEntry.count({ where: { userId } }),
    db.valueRanking.count({ where: { userId } }),
  ]);
  return { entries, rankings };
}

/** Her value tags by how often she used them, most used first. */
export async function valueUsage(userId: string): Promise<{ key: string; count: number }[]> {
  const groups = await db.entryValue.groupBy({
    by: ["key"],
    where: { userId },
    _count: { key: true },
    orderBy: [{ _count: { key: "desc" } }, { key: "asc" }],
  });
  return groups.map((g) => ({ key: g.key, count: g._count.key }));
}

/** The value choices for her forms: the catalogue, then her own tags in Japanese order. */
export async function valueOptions(userId: string): Promise<ValueOption[]> {
  const usage = await valueUsage(userId);
  const own = sortValueKeys(usage.map((u) => u.key).filter(isCustomKey));
  return [...VALUE_CATALOGUE.map((v) => ({ key: v.id, label: v.label })), ...own.map(valueOption)];
}
