import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntries } from "@/lib/db/seed";
import { listEntries } from "@/lib/journal/entries";
import type { JournalFilters } from "@/lib/journal/schema";
import { createMember } from "./journal-support";

// Issue 13: one member's search must not hold the server. A journal built to defeat the index
// (every entry holds each bigram of the query, none the query itself) makes every entry a
// candidate that must be rechecked as text; one request rechecks a bounded amount of text and
// hands back a cursor, and paging on still finds exactly the entries that contain the query.

const none: JournalFilters = { q: null, value: null, month: null, day: null };
const QUERY = "あいあいい";
// 20,000 characters with the bigrams あい, いあ and いい, but never あいあいい.
const NEAR_MISS = `${"あい".repeat(9_998)}。いい`;
const NEAR_MISSES = 300;

describe("a search over a journal of near misses", { timeout: 120_000 }, () => {
  let userId: string;
  let matchId: string;

  beforeAll(async () => {
    userId = (await createMember("near-miss@example.jp")).id;
    // The one real match is her oldest entry, so it is reached last.
    const [first] = await createEntries(db, [{ userId, body: `メモ: ${QUERY}`, entryDate: "2020-01-01" }]);
    matchId = first ?? "";
    await createEntries(
      db,
      Array.from({ length: NEAR_MISSES }, (_, i) => ({
        userId,
        body: NEAR_MISS,
        entryDate: `2026-${String((i % 11) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      })),
    );
  }, 300_000);

  it("stops one request after a bounded amount of text and returns a cursor to go on", async () => {
    const page = await listEntries(userId, { ...none, q: QUERY });
    expect(page.items).toEqual([]);
    expect(page.nextCursor).not.toBeNull();
  });

  it("still finds exactly the entry that contains the query by paging on", async () => {
    const found: string[] = [];
    let cursor: string | null = null;
    let requests = 0;
    do {
      const page = await listEntries(userId, { ...none, q: QUERY }, { cursor });
      found.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor;
      requests += 1;
    } while (cursor && requests < 100);
    expect(found).toEqual([matchId]);
    // Each request checked at least 100 of her 20,000-character entries: progress, not a crawl.
    expect(requests).toBeLessThanOrEqual(Math.ceil(NEAR_MISSES / 100) + 1);
  });
});
