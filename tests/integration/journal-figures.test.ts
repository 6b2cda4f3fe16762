import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { db, providerOf } from "@/lib/db/client";
import { addDays, monthRange, streakFrom } from "@/lib/journal/dates";
import { createEntry, deleteEntry, listEntries, updateEntry } from "@/lib/journal/entries";
import type { JournalFilters } from "@/lib/journal/schema";
import { dayCounts, journalCounts, journalStats, valueUsage } from "@/lib/journal/stats";
import { createMember, entryInput } from "./journal-support";

// Her figures are counters kept in step with every write; these tests count her entries afresh
// after each kind of write and expect the counters to agree, and the search index with them.

const TODAY = "2026-11-25";
const none: JournalFilters = { q: null, value: null, month: null, day: null };

/** The figures as counting her entries from scratch gives them. */
async function recounted(userId: string) {
  const entries = await db.journalEntry.findMany({
    where: { userId },
    select: { entryDate: true, values: { select: { key: true } } },
  });
  const { from, to } = monthRange(TODAY.slice(0, 7));
  const days = [...new Set(entries.map((e) => e.entryDate))]
    .filter((d) => d <= TODAY)
    .sort()
    .reverse();
  const usage = new Map<string, number>();
  for (const key of entries.flatMap((e) => e.values.map((v) => v.key)))
    usage.set(key, (usage.get(key) ?? 0) + 1);
  const perDay = new Map<string, number>();
  for (const e of entries) perDay.set(e.entryDate, (perDay.get(e.entryDate) ?? 0) + 1);
  return {
    stats: {
      total: entries.length,
      thisMonth: entries.filter((e) => e.entryDate >= from && e.entryDate < to).length,
      streak: streakFrom(days, TODAY),
    },
    usage: [...usage]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    november: Object.fromEntries([...perDay].filter(([day]) => day >= from && day < to)),
  };
}

async function expectFiguresRight(userId: string) {
  const expected = await recounted(userId);
  expect(await journalStats(userId, TODAY)).toEqual(expected.stats);
  expect(await valueUsage(userId)).toEqual(expected.usage);
  expect(await dayCounts(userId, "2026-11")).toEqual(expected.november);
  expect((await journalCounts(userId)).entries).toBe(expected.stats.total);
}

async function found(userId: string, q: string): Promise<string[]> {
  return (await listEntries(userId, { ...none, q })).items.map((e) => e.id);
}

describe("her figures and the search index", () => {
  it("stay right through create, edit and delete", async () => {
    const member = await createMember("figures@example.jp");
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { id } = await createEntry(
        member.id,
        entryInput({
          entryDate: addDays(TODAY, -i),
          body: `記録${i}の本文`,
          values: i % 2 ? ["family"] : ["health", "family"],
        }),
      );
      ids.push(id);
      await expectFiguresRight(member.id);
    }
    const [first, second, third] = ids;
    if (!first || !second || !third) throw new Error("entries were not created");
    await createEntry(
      member.id,
      entryInput({ entryDate: TODAY, body: "同じ日の二件目", values: ["custom:副業"] }),
    );
    await expectFiguresRight(member.id);

    // Another day (breaking the streak), other tags, other words.
    await updateEntry(
      member.id,
      second,
      entryInput({ entryDate: "2026-10-01", body: "書き直した文章", values: ["health"] }),
    );
    await expectFiguresRight(member.id);
    expect(await found(member.id, "記録1")).toEqual([]);
    expect(await found(member.id, "書き直した")).toEqual([second]);

    // Same day and tags, new words: only the index changes.
    await updateEntry(
      member.id,
      third,
      entryInput({ entryDate: addDays(TODAY, -2), body: "両立の話", values: ["family"] }),
    );
    await expectFiguresRight(member.id);
    expect(await found(member.id, "両立")).toEqual([third]);

    expect(await deleteEntry(member.id, third)).toBe(true);
    await expectFiguresRight(member.id);
    expect(await found(member.id, "両立")).toEqual([]);
    expect(await deleteEntry(member.id, third)).toBe(false);
    await expectFiguresRight(member.id);

    for (const id of ids) await deleteEntry(member.id, id);
    await expectFiguresRight(member.id);
    expect(await valueUsage(member.id)).toEqual([{ key: "custom:副業", count: 1 }]);
  });

  it("leave nothing of hers behind when her account is deleted, and others' figures untouched", async () => {
    const her = await createMember("figures-leaving@example.jp");
    const other = await createMember("figures-staying@example.jp");
    for (const member of [her, other]) {
      await createEntry(
        member.id,
        entryInput({ entryDate: TODAY, body: "両立について", values: ["family"] }),
      );
      await createEntry(member.id, entryInput({ entryDate: addDays(TODAY, -1), body: "家族の時間" }));
    }
    const before = await recounted(other.id);
    expect(await deleteAccount(her.id)).toBe(true);

    expect(await db.journalDay.count({ where: { userId: her.id } })).toBe(0);
    expect(await db.journalValueUse.count({ where: { userId: her.id } })).toBe(0);
    expect(await journalStats(her.id, TODAY)).toEqual({ total: 0, thisMonth: 0, streak: 0 });
    expect(await recounted(other.id)).toEqual(before);
    await expectFiguresRight(other.id);
    expect(await found(other.id, "両立")).toHaveLength(1);

    const documents = await db.journalSearch.count();
    expect(documents).toBe(await db.journalEntry.count());
    if (providerOf(db) === "sqlite") {
      // The FTS5 table is not a model: it must have lost her rows too.
      const [fts] = await db.$queryRaw<
        { n: bigint | number }[]
      >`SELECT count(*) AS n FROM "JournalSearchFts"`;
      expect(Number(fts?.n)).toBe(documents);
    }
  });
});
