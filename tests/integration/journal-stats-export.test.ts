import { session } from "@/tests/support/mock-session";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createEntries } from "@/lib/db/seed";
import { DatabaseError } from "@/lib/db/scrub-errors";
import { addDays, tokyoDay } from "@/lib/journal/dates";
import { exportStream } from "@/lib/journal/export";
import { createEntry, entriesOneYearAgo } from "@/lib/journal/entries";
import { entriesForExport } from "@/lib/journal/export-entries";
import { dayCounts, journalStats, valueUsage } from "@/lib/journal/stats";
import { createMember, entryInput } from "./journal-support";

const { createEntryAction } = await import("@/lib/journal/actions");

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("the numbers on the members home", () => {
  it("counts this month, the streak of days and the days of a month", async () => {
    const member = await createMember("stats@example.jp");
    const today = "2026-11-25";
    for (const day of [
      today,
      today,
      addDays(today, -1),
      addDays(today, -2),
      addDays(today, -4),
      "2026-10-31",
    ]) {
      await createEntry(member.id, entryInput({ entryDate: day }));
    }
    expect(await journalStats(member.id, today)).toEqual({ total: 6, thisMonth: 5, streak: 3 });
    // Tomorrow, with nothing written yet, the streak still stands until the day is over.
    expect((await journalStats(member.id, addDays(today, 1))).streak).toBe(3);
    expect((await journalStats(member.id, addDays(today, 2))).streak).toBe(0);
    expect(await dayCounts(member.id, "2026-11")).toEqual({
      "2026-11-25": 2,
      "2026-11-24": 1,
      "2026-11-23": 1,
      "2026-11-21": 1,
    });
  });

  it("follows a streak longer than one batch of days", async () => {
    const member = await createMember("long-streak@example.jp");
    const today = "2026-11-25";
    const data = Array.from({ length: 400 }, (_, i) => ({
      userId: member.id,
      body: "毎日",
      entryDate: addDays(today, -i),
    }));
    await createEntries(db, data);
    expect((await journalStats(member.id, today)).streak).toBe(400);
  });

  it("ends a streak at its gap on either side of the first batch's edge (32 days)", async () => {
    const today = "2026-11-25";
    for (const length of [31, 32, 33]) {
      const member = await createMember(`edge-${length}@example.jp`);
      // `length` days up to today, a day without entries, then five more days before it.
      const days = [
        ...Array.from({ length }, (_, i) => addDays(today, -i)),
        ...Array.from({ length: 5 }, (_, i) => addDays(today, -(length + 1 + i))),
      ];
      await createEntries(
        db,
        days.map((entryDate) => ({ userId: member.id, body: "毎日", entryDate })),
      );
      expect(await journalStats(member.id, today)).toEqual({
        total: length + 5,
        thisMonth: days.filter((day) => day.startsWith("2026-11")).length,
        streak: length,
      });
    }
  });

  it("finds 「1年前の今日」 and counts value tags", async () => {
    const member = await createMember("year@example.jp");
    await createEntry(
      member.id,
      entryInput({ entryDate: "2025-11-25", body: "去年の今日", values: ["family"] }),
    );
    await createEntry(member.id, entryInput({ entryDate: "2025-11-24", values: ["family", "health"] }));
    const found = await entriesOneYearAgo(member.id, "2026-11-25");
    expect(found.day).toBe("2025-11-25");
    expect(found.entries.map((e) => e.excerpt)).toEqual(["去年の今日"]);
    expect(await valueUsage(member.id)).toEqual([
      { key: "family", count: 2 },
      { key: "health", count: 1 },
    ]);
  });
});

describe("the export", () => {
  it("writes valid JSON and readable Markdown with every entry exactly once", async () => {
    const member = await createMember("export@example.jp");
    const createdAt = new Date("2026-11-20T01:00:00Z");
    await createEntries(
      db,
      Array.from({ length: 450 }, (_, i) => ({
        userId: member.id,
        body: `記録 "${i}"\n二行目`,
        entryDate: "2026-11-20",
        createdAt,
      })),
    );
    await createEntry(
      member.id,
      entryInput({
        title: "題",
        body: "本文",
        mood: 5,
        promptId: "enerugi",
        values: ["family", "custom:副業"],
      }),
    );
    const now = new Date("2026-11-25T03:00:00Z");

    const json = JSON.parse(await text(exportStream("json", entriesForExport(member.id), now, 451)));
    expect(json).toMatchObject({ format: "sentaku-journal", version: 1, timeZone: "Asia/Tokyo" });
    expect(json.entries).toHaveLength(451);
    expect(new Set(json.entries.map((e: { id: string }) => e.id)).size).toBe(451);
    expect(json.entries[0]).toMatchObject({
      title: "題",
      mood: 5,
      prompt: { id: "enerugi" },
      values: [
        { key: "family", label: "家族との時間" },
        { key: "custom:副業", label: "副業" },
      ],
    });

    const markdown = await text(exportStream("markdown", entriesForExport(member.id), now, 451));
    expect(markdown.startsWith("# Sentaku ジャーナル\n")).toBe(true);
    expect(markdown).toContain("記録の数: 451件");
    expect(markdown).toContain("## 2026年11月20日(金)\n");
    expect(markdown).toContain("- 気分: 5 / 5(とてもよい)");
    expect(markdown).toContain("- 価値観: 家族との時間、副業");
    expect(markdown.match(/^## /gm)).toHaveLength(451);
  });

  it("writes an empty journal as valid JSON", async () => {
    const member = await createMember("empty-export@example.jp");
    const json = JSON.parse(await text(exportStream("json", entriesForExport(member.id), new Date(), 0)));
    expect(json.entries).toEqual([]);
  });
});

describe("privacy of failures", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never puts entry text in a thrown error or a log line", async () => {
    const logged: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(...args));
    // A member whose row is gone: the insert fails on the foreign key.
    session.user = { id: "deleted-member", email: "gone@example.jp" };
    const form = new FormData();
    form.set("body", "誰にも言えない本音");
    form.set("entryDate", tokyoDay());
    const error = await createEntryAction(form).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const everything = [String(error), (error as Error).stack, ...logged.map(String)].join("\n");
    expect(everything).not.toContain("本音");
    // The database client replaced Prisma's error, whose message quotes the arguments.
    expect(error).toBeInstanceOf(DatabaseError);
    expect(String(error)).toMatch(/JournalEntry\.create failed \(\w+ P2003\)/);
  });
});
