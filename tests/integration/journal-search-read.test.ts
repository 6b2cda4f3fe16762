import { beforeAll, describe, expect, it } from "vitest";
import { db, providerOf } from "@/lib/db/client";
import { createEntries, type EntryInput } from "@/lib/db/seed";
import { textSqlOf } from "@/lib/db/text-sql";
import { entryOrder } from "@/lib/journal/cursor";
import type { EntrySummary } from "@/lib/journal/entries";
import { detailSelect, toSummary } from "@/lib/journal/entry-rows";
import { filterSql, idsScope, type SummaryRow, summarySql } from "@/lib/journal/list-sql";
import type { JournalFilters } from "@/lib/journal/schema";
import { matchesSearch } from "@/lib/journal/search";
import { HEAD_CHARS, summaryText } from "@/lib/journal/summary-text";
import { foldForSearch } from "@/lib/db/search-index";
import { partsOf } from "../support/summary-parts";
import { allPages, createMember } from "./journal-support";

// Issue 17: the list reads only parts of each body, and the database tests the search. On both
// databases, for bodies chosen to trip a cut (blank lines, runs of spaces, surrogate pairs, a
// match deep in a long body, letters in either case), every page must hold exactly the entries
// matchesSearch finds and exactly the summaries toSummary makes from the whole rows.

const none: JournalFilters = { q: null, value: null, month: null, day: null };
const long = "前置きの文章です。".repeat(2_000);
const BODIES: { body: string; title?: string; values?: string[] }[] = [
  { body: "夫と、両立について話し合った。\n\nそれから寝た。", values: ["family"] },
  { body: `\n\n   \n${"朝から雨。".repeat(60)}両立` },
  { body: `${"\n".repeat(400)}朝。両立${long}` },
  { body: "仕事　　と\t\t家庭   の\n\n両立。".repeat(60), values: ["family"] },
  { body: `あ${"😀".repeat(400)}両立😀` },
  { body: `${long}ここで両立の話。${"あとがき。".repeat(3)}`, values: ["growth"] },
  { body: `${long} The WORD and the Sentaku here ${long.slice(0, 1_000)}` },
  { body: `${"x".repeat(400)} SENTAKU 100% file_name ${"y".repeat(400)}`, title: "Sentaku" },
  { body: `İ${long}両立` },
  { body: `${long}İ両立${"い".repeat(100)}` },
  { body: `ÉTÉ et été ${"あ".repeat(300)}` },
  { body: "ΟΔΟΣ ΟΔΟΣΑ οδος" },
  { body: long, title: "両立のふりかえり", values: ["family"] },
  { body: `${"あ".repeat(19_998)}両立` },
  { body: `${"あ".repeat(1_023)}両立${"い".repeat(300)}` },
  { body: `${"あ".repeat(1_024)}両立${"い".repeat(300)}` },
  { body: `${" ".repeat(1_500)}${"あ".repeat(30)}両立${long}` },
  { body: "仕事 と家庭、仕事\n\nと家庭。ｓｅｎｔａｋｕ" },
  { body: `${"k".repeat(300)}\u212a${"a".repeat(900)} sentaku` },
];
const QUERIES = [
  null,
  "両立",
  "sentaku",
  "SENTAKU",
  "word",
  "%",
  "_",
  "été",
  "ÉTÉ",
  "οδος",
  "😀",
  "仕事 と家庭",
  "İ",
  "k",
  "ａ",
];

async function wholeSummaries(userId: string, filters: JournalFilters): Promise<EntrySummary[]> {
  const rows = await db.journalEntry.findMany({
    where: { userId, ...(filters.value ? { values: { some: { key: filters.value } } } : {}) },
    orderBy: entryOrder,
    select: detailSelect,
  });
  const q = filters.q;
  return rows.filter((row) => !q || matchesSearch(q)(row)).map((row) => toSummary(row, q));
}

async function seed(email: string, bodies: typeof BODIES): Promise<{ userId: string; ids: string[] }> {
  const userId = (await createMember(email)).id;
  const base = Date.parse("2026-01-01T00:00:00Z");
  const entries: EntryInput[] = bodies.map((entry, i) => ({
    userId,
    title: entry.title ?? null,
    body: entry.body,
    values: entry.values ?? [],
    // Two entries a day, so the order leans on createdAt too.
    entryDate: `2026-0${1 + (Math.floor(i / 2) % 9)}-1${i % 2}`,
    createdAt: new Date(base + i * 60_000),
  }));
  return { userId, ids: await createEntries(db, entries) };
}

describe("the list from parts of her bodies", { timeout: 120_000 }, () => {
  let userId: string;
  let ids: string[];

  beforeAll(async () => {
    ({ userId, ids } = await seed("parts@example.jp", BODIES));
  });

  for (const q of QUERIES) {
    it(`shows exactly the whole rows' summaries ${q ? `for 「${q}」` : "with no search"}`, async () => {
      const expected = await wholeSummaries(userId, { ...none, q });
      expect(await allPages(userId, { ...none, q }, 4)).toEqual(expected);
      if (q) expect(expected.length).toBeGreaterThan(0);
    });
  }

  it("combines the search with the value and month filters", async () => {
    const byValue = { ...none, q: "両立", value: "family" };
    expect(await allPages(userId, byValue, 2)).toEqual(await wholeSummaries(userId, byValue));
    const inMonth = { ...none, q: "両立", month: "2026-03" };
    const expected = (await wholeSummaries(userId, { ...none, q: "両立" })).filter((e) =>
      e.entryDate.startsWith("2026-03"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await allPages(userId, inMonth, 1)).toEqual(expected);
  });

  it("cuts each body in the database exactly as summary-text.ts expects, in characters", async () => {
    const text = textSqlOf(db);
    for (const q of QUERIES) {
      const rows = await db.$queryRaw<SummaryRow[]>(
        summarySql(text, userId, idsScope(filterSql(userId, none), ids), q ? foldForSearch(q) : null),
      );
      const bodies = new Map(
        (await db.journalEntry.findMany({ where: { userId }, select: { id: true, body: true } })).map((r) => [
          r.id,
          r.body,
        ]),
      );
      expect(rows).toHaveLength(ids.length);
      for (const row of rows) {
        const expected = partsOf(bodies.get(row.id) ?? "", q);
        expect(
          {
            head: row.head,
            headComplete: Number(row.headComplete) === 1,
            position: Number(row.position),
            window:
              row.before === null || row.from === null
                ? null
                : {
                    before: row.before,
                    from: row.from,
                    fromComplete: Number(row.fromComplete) === 1,
                    dotted: Number(row.dotted) === 1,
                  },
          },
          `${q} ${row.id}`,
        ).toEqual(expected);
      }
    }
  });

  it("settles a match at the end of a 20,000-character body from a few hundred characters", async () => {
    const deep = ids[BODIES.findIndex((b) => b.body.length === 20_000)] ?? "";
    const [row] = await db.$queryRaw<SummaryRow[]>(
      summarySql(textSqlOf(db), userId, idsScope(filterSql(userId, none), [deep]), "両立"),
    );
    expect(row).toBeDefined();
    if (!row) return;
    expect(Array.from(row.head)).toHaveLength(HEAD_CHARS);
    expect(Array.from(`${row.before ?? ""}${row.from ?? ""}`).length).toBeLessThan(300);
    expect(
      summaryText(
        {
          head: row.head,
          headComplete: false,
          position: Number(row.position),
          window: {
            before: row.before ?? "",
            from: row.from ?? "",
            fromComplete: Number(row.fromComplete) === 1,
            dotted: false,
          },
        },
        "両立",
      ),
    ).not.toBeNull();
  });
});

// PostgreSQL text cannot hold a NUL; SQLite's can, and its character functions stop at one.
describe.runIf(providerOf(db) === "sqlite")("bodies holding a NUL", () => {
  it("are found and summarised as matchesSearch and toSummary see them", async () => {
    const nul = [
      { body: `前\u0000${long}両立${long}` },
      { body: `${long}\u0000あ両立。` },
      { body: `\u0000${"\n".repeat(300)}両立` },
      { body: `${"あ".repeat(1_200)}\u0000${"い".repeat(100)}両立${"う".repeat(200)}` },
    ];
    const { userId } = await seed("nul@example.jp", nul);
    for (const q of [null, "両立", "\u0000あ"]) {
      const expected = await wholeSummaries(userId, { ...none, q });
      expect(await allPages(userId, { ...none, q }, 3), `${q}`).toEqual(expected);
      if (q) expect(expected.length).toBeGreaterThan(0);
    }
  });
});
