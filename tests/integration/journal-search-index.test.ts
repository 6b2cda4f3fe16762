import { beforeAll, describe, expect, it } from "vitest";
import { db, providerOf } from "@/lib/db/client";
import { searchIndexOf } from "@/lib/db/search-index";
import { createEntries } from "@/lib/db/seed";
import { Prisma } from "@/lib/generated/prisma/client";
import { textSqlOf } from "@/lib/db/text-sql";
import { listEntries } from "@/lib/journal/entries";
import { checkedSql, filterSql, pageScope, summarySql } from "@/lib/journal/list-sql";
import type { JournalFilters } from "@/lib/journal/schema";
import { createMember } from "./journal-support";

// Acceptance for search by index: in a 10,000-entry journal, every query length and the
// characters LIKE would read as wildcards return exactly the entries that contain them, and the
// database answers through the index rather than by reading every row.

const ENTRIES = 10_000;
const none: JournalFilters = { q: null, value: null, month: null, day: null };
const WORDS = [
  "仕事",
  "家庭",
  "両立",
  "副業",
  "健康",
  "家族との時間",
  "仕事と家庭の両立について考えた",
  "達成率100%",
  "file_name",
  "立ち止まる",
  "成長",
  "不安",
  "挑戦",
  "Sentaku",
];
const LONG_QUERY = "仕事と家庭の両立について考えた";
const QUERIES = ["両", "両立", "両立に", LONG_QUERY, "%", "_", "立"];

// A fixed sequence, so a failure is the same on every run.
function* pseudoRandom(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield state / 2_147_483_648;
  }
}

interface Written {
  title: string | null;
  body: string;
}

describe("search in a 10,000-entry journal", { timeout: 120_000 }, () => {
  let userId: string;
  const written = new Map<string, Written>();

  beforeAll(async () => {
    userId = (await createMember("ten-thousand@example.jp")).id;
    const random = pseudoRandom(17);
    const pick = () => WORDS[Math.floor((random.next().value ?? 0) * WORDS.length)] ?? "";
    const entries = Array.from({ length: ENTRIES }, (_, i) => {
      const words = Array.from({ length: 2 + (i % 5) }, pick);
      return {
        userId,
        title: i % 3 === 0 ? pick() : null,
        body: `${words.join("、")}。`,
        entryDate: `2026-${String((i % 11) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      };
    });
    const ids = await createEntries(db, entries);
    ids.forEach((id, i) => {
      const entry = entries[i];
      if (entry) written.set(id, { title: entry.title, body: entry.body });
    });
    const other = await createMember("someone-else@example.jp");
    await createEntries(db, [
      { userId: other.id, body: "両立の話。達成率100%。file_name", entryDate: "2026-11-01" },
    ]);
  }, 300_000);

  async function allFound(q: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await listEntries(userId, { ...none, q }, { cursor, limit: 100 });
      ids.push(...page.items.map((e) => e.id));
      if (!page.nextCursor) return ids;
      cursor = page.nextCursor;
    }
  }

  for (const q of QUERIES) {
    it(`finds exactly the entries containing 「${q}」`, async () => {
      const expected = [...written]
        .filter(([, e]) => e.body.includes(q) || (e.title ?? "").includes(q))
        .map(([id]) => id)
        .sort();
      const found = await allFound(q);
      expect(new Set(found).size).toBe(found.length);
      expect([...found].sort()).toEqual(expected);
    });
  }

  it("finds nothing for a query no entry contains, however repetitive", async () => {
    expect(await allFound("両".repeat(100))).toEqual([]);
    expect(await allFound("%_%_")).toEqual([]);
  });

  for (const q of QUERIES) {
    it(`answers 「${q}」 through the index, never reading every row`, async () => {
      const sql = searchIndexOf(db).candidatesSql(userId, q, null, 21);
      if (providerOf(db) === "sqlite") {
        const plan = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
        const steps = plan.map((row) => row.detail);
        expect(steps.some((step) => /^SCAN f VIRTUAL TABLE INDEX \d+:M/.test(step))).toBe(true);
        // The only table read from end to end is none: the FTS5 match yields the rows.
        expect(steps.filter((step) => step.startsWith("SCAN") && !step.includes("VIRTUAL TABLE"))).toEqual(
          [],
        );
      } else {
        await db.$executeRaw`ANALYZE "JournalSearch", "JournalEntry"`;
        const plan = await db.$transaction(async (tx) => {
          await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
          return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
        });
        const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
        expect(text).toContain('Bitmap Index Scan on "JournalSearch_tokens_idx"');
        expect(text).not.toContain("Seq Scan");
      }
    });
  }

  // The list's own reads (lib/journal/list-sql.ts): the search's first test of her newest entries
  // and a page of summaries walk her entries through the list's index, newest first, and stop.
  it("tests her newest entries and reads a page through the list's index, never sorting her journal", async () => {
    const text = textSqlOf(db);
    const where = filterSql(userId, none);
    const reads = [
      checkedSql(text, pageScope(where, null, 200), "両立", 21),
      summarySql(text, userId, pageScope(where, null, 21), null),
    ];
    for (const sql of reads) {
      if (providerOf(db) === "sqlite") {
        const plan = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
        const steps = plan.map((row) => row.detail);
        expect(steps).toContain(
          "SEARCH e USING INDEX JournalEntry_userId_entryDate_createdAt_id_idx (userId=?)",
        );
        expect(steps.filter((step) => step.startsWith("SCAN e"))).toEqual([]);
      } else {
        await db.$executeRaw`ANALYZE "JournalEntry"`;
        const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
        const lines = plan.map((row) => row["QUERY PLAN"]).join("\n");
        expect(lines).toContain('Index Scan Backward using "JournalEntry_userId_entryDate_createdAt_id_idx"');
        expect(lines).not.toContain("Seq Scan");
      }
    }
  });
});
