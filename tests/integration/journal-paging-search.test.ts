import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntries } from "@/lib/db/seed";
import { createEntry, deleteEntry, listEntries } from "@/lib/journal/entries";
import type { JournalFilters } from "@/lib/journal/schema";
import { allPages, createMember, entryInput } from "./journal-support";

const none: JournalFilters = { q: null, value: null, month: null, day: null };

describe("search", () => {
  let member: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    member = await createMember("search@example.jp");
    other = await createMember("search-other@example.jp");
    await createEntry(
      member.id,
      entryInput({ title: null, body: "今日は仕事と家庭の両立について話した。", values: ["family"] }),
    );
    await createEntry(
      member.id,
      entryInput({ title: "副業の両立", body: "週末の時間の使い方。", values: ["income"] }),
    );
    await createEntry(
      member.id,
      entryInput({ title: "健康診断", body: "結果は問題なし。100%安心。", values: ["health"] }),
    );
    await createEntry(other.id, entryInput({ body: "別のメンバーの両立の悩み。" }));
  });

  it("finds a Japanese substring inside a sentence, in the body or the title", async () => {
    const page = await listEntries(member.id, { ...none, q: "両立" });
    expect(page.items.map((e) => e.title ?? e.excerpt).sort()).toEqual(
      ["今日は仕事と家庭の両立について話した。", "副業の両立"].sort(),
    );
  });

  it("never finds another member's entries", async () => {
    const page = await listEntries(member.id, { ...none, q: "別のメンバー" });
    expect(page.items).toEqual([]);
  });

  it("treats % and _ in a search as ordinary characters", async () => {
    expect((await listEntries(member.id, { ...none, q: "%" })).items.map((e) => e.title)).toEqual([
      "健康診断",
    ]);
    expect((await listEntries(member.id, { ...none, q: "_" })).items).toEqual([]);
  });

  it("combines search with the value filter", async () => {
    const page = await listEntries(member.id, { ...none, q: "両立", value: "income" });
    expect(page.items.map((e) => e.title)).toEqual(["副業の両立"]);
  });

  it("shows the words around the match in a long body", async () => {
    const body = `${"前置きの文章です。".repeat(30)}ここで両立の話。${"あとがき。".repeat(30)}`;
    await createEntry(member.id, entryInput({ title: "長い記録", body }));
    const page = await listEntries(member.id, { ...none, q: "ここで両立" });
    expect(page.items[0]?.excerpt).toContain("ここで両立の話");
    expect(page.items[0]?.excerpt.startsWith("…")).toBe(true);
  });
});

describe("paging", () => {
  it("returns every entry exactly once, in a stable order, when entries share a timestamp", async () => {
    const member = await createMember("paging@example.jp");
    const createdAt = new Date("2026-11-20T01:00:00Z");
    // The same day and the same creation instant for all 25: only the id can order them.
    await createEntries(
      db,
      Array.from({ length: 25 }, (_, i) => ({
        userId: member.id,
        body: `記録 ${i}`,
        entryDate: "2026-11-20",
        createdAt,
      })),
    );
    const expected = (await db.journalEntry.findMany({ where: { userId: member.id }, select: { id: true } }))
      .map((row) => row.id)
      .sort()
      .reverse();

    for (const limit of [1, 7, 10, 25, 30]) {
      const ids = (await allPages(member.id, none, limit)).map((e) => e.id);
      expect(ids, `page size ${limit}`).toEqual(expected);
    }
  });

  it("orders by the day the entry is about, newest first, then by when it was written", async () => {
    const member = await createMember("order@example.jp");
    const at = (iso: string) => new Date(iso);
    const rows = [
      { body: "a", entryDate: "2026-11-01", createdAt: at("2026-11-25T00:00:00Z") },
      { body: "b", entryDate: "2026-11-03", createdAt: at("2026-11-03T00:00:00Z") },
      { body: "c", entryDate: "2026-11-03", createdAt: at("2026-11-04T00:00:00Z") },
      { body: "d", entryDate: "2025-12-31", createdAt: at("2026-01-01T00:00:00Z") },
    ];
    await createEntries(
      db,
      rows.map((r) => ({ ...r, userId: member.id })),
    );
    const bodies = (await allPages(member.id, none, 2)).map((e) => e.excerpt);
    expect(bodies).toEqual(["c", "b", "a", "d"]);
  });

  it("carries on after the last entry of a page was deleted meanwhile", async () => {
    const member = await createMember("deleted-cursor@example.jp");
    for (let day = 1; day <= 6; day += 1) {
      await createEntry(member.id, entryInput({ entryDate: `2026-10-0${day}`, body: `day ${day}` }));
    }
    const first = await listEntries(member.id, none, { limit: 3 });
    const last = first.items.at(-1);
    expect(last?.excerpt).toBe("day 4");
    await deleteEntry(member.id, last?.id ?? "");
    const second = await listEntries(member.id, none, { cursor: first.nextCursor, limit: 3 });
    expect(second.items.map((e) => e.excerpt)).toEqual(["day 3", "day 2", "day 1"]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by month and by day", async () => {
    const member = await createMember("months@example.jp");
    for (const entryDate of ["2026-10-31", "2026-11-01", "2026-11-30", "2026-12-01"]) {
      await createEntry(member.id, entryInput({ entryDate, body: entryDate }));
    }
    const november = await listEntries(member.id, { ...none, month: "2026-11" });
    expect(november.items.map((e) => e.entryDate)).toEqual(["2026-11-30", "2026-11-01"]);
    const day = await listEntries(member.id, { ...none, day: "2026-10-31" });
    expect(day.items.map((e) => e.entryDate)).toEqual(["2026-10-31"]);
  });

  it("pages through a search for % without gaps, though the database over-matches it", async () => {
    const member = await createMember("wildcard@example.jp");
    const createdAt = new Date("2026-11-20T01:00:00Z");
    // Every row matches LIKE '%50%%'; only every tenth has a literal "50%".
    await createEntries(
      db,
      Array.from({ length: 450 }, (_, i) => ({
        userId: member.id,
        body: i % 10 === 0 ? `達成率50%の日 ${i}` : `達成率50パーセントの日 ${i}`,
        entryDate: "2026-11-20",
        createdAt,
      })),
    );
    const found = await allPages(member.id, { ...none, q: "50%" }, 4);
    expect(found).toHaveLength(45);
    expect(new Set(found.map((e) => e.id)).size).toBe(45);
    expect(found.every((e) => e.excerpt.includes("50%"))).toBe(true);
  });

  it("ignores a forged cursor instead of failing", async () => {
    const member = await createMember("forged@example.jp");
    await createEntry(member.id, entryInput());
    const page = await listEntries(member.id, none, { cursor: "not-a-cursor" });
    expect(page.items).toHaveLength(1);
  });
});
