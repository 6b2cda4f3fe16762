import { session } from "@/tests/support/mock-session";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import { db } from "@/lib/db/client";
import { createEntries, createRanking, type EntryInput } from "@/lib/db/seed";
import {
  chartsReadiness,
  describeTrend,
  describeYear,
  firstEntryYear,
  monthlyTrend,
  moodYear,
  valueInsights,
} from "@/lib/insights";
import { parseBookPeriod } from "@/lib/insights/book/period";
import { formatAverage } from "@/lib/insights/mood-scale";
import { rankingChangeText, tendencyOf, valueFigures, valueSentence } from "@/lib/insights/value-sentences";
import { createEntry } from "@/lib/journal/entries";
import { createMember, digestOf, entryInput, thrown } from "./journal-support";

const { GET: bookRoute } = await import("@/app/members/insights/book/route");

const TODAY = "2026-11-25";

// Her journal: moods, values and days chosen so that every figure below is worked out by hand.
// Another member writes on the same days with opposite moods and other values: none of it may
// show in her numbers.
const HERS: Omit<EntryInput, "userId">[] = [
  { entryDate: "2026-11-25", mood: 5, values: ["family", "custom:副業"], body: "彼女-1125-朝の記録" },
  { entryDate: "2026-11-25", mood: 4, values: ["custom:副業"], body: "彼女-1125-夜の記録" },
  { entryDate: "2026-11-24", mood: 4, values: ["family"], body: "彼女-1124の記録" },
  { entryDate: "2026-11-23", mood: null, values: ["family"], body: "彼女-1123の記録" },
  { entryDate: "2026-11-20", mood: 2, values: ["growth"], body: "彼女-1120の記録" },
  { entryDate: "2026-11-10", mood: 1, values: ["growth", "custom:副業"], body: "彼女-1110の記録" },
  { entryDate: "2026-10-30", mood: 3, values: ["family"], body: "彼女-1030の記録" },
  { entryDate: "2026-10-01", mood: 2, values: ["health", "relationships"], body: "彼女-1001の記録" },
  { entryDate: "2026-09-15", mood: 4, values: ["family"], body: "彼女-0915の記録" },
  { entryDate: "2026-08-01", mood: 5, values: ["family"], body: "彼女-0801の記録" },
  { entryDate: "2025-12-31", mood: 1, values: [], body: "彼女-前年1231の記録" },
  { entryDate: "2025-11-30", mood: 3, values: [], body: "彼女-前年1130の記録" },
];

let her = "";
let other = "";

beforeAll(async () => {
  her = (await createMember("insights-her@example.jp")).id;
  other = (await createMember("insights-other@example.jp")).id;
  await createEntries(
    db,
    HERS.map((e, i) => ({ ...e, userId: her, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) })),
  );
  await createEntries(
    db,
    HERS.map((e) => ({
      userId: other,
      entryDate: e.entryDate,
      mood: e.mood === null ? 3 : 6 - (e.mood ?? 3),
      values: ["autonomy", "custom:ほかの人"],
      body: `他人-${e.entryDate}の記録`,
    })),
  );
  await createRanking(
    db,
    her,
    ["health", "family", "income", "growth", "stability"],
    new Date("2026-06-01T00:00:00Z"),
  );
  await createRanking(
    db,
    her,
    ["growth", "family", "health", "autonomy", "expertise"],
    new Date("2026-11-01T00:00:00Z"),
  );
  await createRanking(db, other, ["autonomy", "family"], new Date("2026-11-20T00:00:00Z"));
});

afterAll(() => {
  session.user = null;
});

describe("the year view", () => {
  it("colours each day by its mood, averaging several entries and rounding", async () => {
    const view = await moodYear(her, 2026);
    expect(view.writtenDays).toBe(9);
    expect(view.moodDays).toBe(8);
    expect(view.moods).toEqual({ 1: 1, 2: 2, 3: 1, 4: 2, 5: 2 });
    const november = view.months[10];
    expect(november?.days).toHaveLength(30);
    // 5 and 4 on the 25th average 4.5, which rounds to とてもよい.
    expect(november?.days.find((d) => d.day === "2026-11-25")).toEqual({
      day: "2026-11-25",
      entries: 2,
      mood: 5,
    });
    expect(november?.days.find((d) => d.day === "2026-11-23")).toEqual({
      day: "2026-11-23",
      entries: 1,
      mood: null,
    });
    expect(november?.days.find((d) => d.day === "2026-11-22")).toEqual({
      day: "2026-11-22",
      entries: 0,
      mood: null,
    });
    expect(november).toMatchObject({ moods: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 1 }, noMood: 1, written: 5 });
    expect(view.months[9]).toMatchObject({ moods: { 1: 0, 2: 1, 3: 1, 4: 0, 5: 0 }, noMood: 0, written: 2 });
    expect(view.months.map((m) => m.days.length)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(describeYear(view)).toBe(
      "2026年: 記録のある日 9日、気分の記録 8日。とてもよい 2日、よい 2日、ふつう 1日、しんどい 2日、とてもしんどい 1日。",
    );
  });

  it("keeps each year to itself", async () => {
    const last = await moodYear(her, 2025);
    expect(last).toMatchObject({ writtenDays: 2, moodDays: 2, moods: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 0 } });
    expect(await firstEntryYear(her)).toBe(2025);
  });
});

describe("the month-by-month trend", () => {
  it("averages each day once, over the last twelve months", async () => {
    const trend = await monthlyTrend(her, TODAY);
    expect(trend.map((m) => m.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(trend.map((m) => m.moodDays)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 4]);
    // November: days of 4.5, 4, 2 and 1 average 2.875, shown as 2.9.
    expect(trend.map((m) => (m.average === null ? null : formatAverage(m.average)))).toEqual([
      "1.0",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "5.0",
      "4.0",
      "2.5",
      "2.9",
    ]);
    expect(describeTrend(trend)).toContain("2026年11月 平均2.9（4日）");
    expect(describeTrend(trend)).toContain("2026年1月 記録なし");
  });
});

describe("her values, lived and ranked", () => {
  it("counts each value of her latest top five and compares her mood with and without it", async () => {
    const insights = await valueInsights(her, TODAY);
    expect(insights.latest?.keys).toEqual(["growth", "family", "health", "autonomy", "expertise"]);
    expect(insights.moodDays90).toBe(7);
    const byKey = Object.fromEntries(insights.ranked.map((v) => [v.key, v]));
    expect(byKey.family).toMatchObject({
      rank: 2,
      last30: 4,
      last90: 5,
      comparison: { withDays: 4, withoutDays: 3 },
      tendency: "better",
    });
    expect(formatAverage(byKey.family?.comparison.withAverage ?? null)).toBe("3.9");
    expect(formatAverage(byKey.family?.comparison.withoutAverage ?? null)).toBe("1.7");
    expect(byKey.growth).toMatchObject({ rank: 1, last30: 2, last90: 2, tendency: "not-enough" });
    expect(byKey.health).toMatchObject({ rank: 3, last30: 0, last90: 1, tendency: "not-enough" });
    expect(byKey.autonomy).toMatchObject({
      last30: 0,
      last90: 0,
      comparison: { withDays: 0, withoutDays: 7 },
    });

    const family = byKey.family;
    const growth = byKey.growth;
    if (!family || !growth) throw new Error("missing values");
    expect(valueSentence(family.rank, family.key, family.last30, family.tendency)).toBe(
      "2位の『家族との時間』は、この30日で4件。その日の気分は、ほかの日よりよい傾向です。",
    );
    expect(valueFigures(family.last90, family.comparison)).toBe(
      "この90日で5件・付けた日の気分 平均3.9（4日）・ほかの日 平均1.7（3日）",
    );
    expect(valueSentence(growth.rank, growth.key, growth.last30, growth.tendency)).toBe(
      "1位の『成長・学び』は、この30日で2件。気分を比べるには、まだ記録が足りません。",
    );
    expect(valueFigures(growth.last90, growth.comparison)).toBe(
      "この90日で2件・付けた日の気分 平均1.5（2日）・ほかの日 平均3.5（5日）",
    );
  });

  it("says how the ranking moved and what she writes about without ranking it", async () => {
    const insights = await valueInsights(her, TODAY);
    expect(insights.changes.map(rankingChangeText)).toEqual([
      "『成長・学び』が4位から1位へ",
      "『家族との時間』は2位のまま",
      "『健康』が1位から3位へ",
      "『自由・裁量』が新しく4位に",
      "『専門性』が新しく5位に",
      "『収入』は今回の5つから外れました（前回3位）",
      "『安定』は今回の5つから外れました（前回5位）",
    ]);
    // 副業 has three entries in 90 days and was never ranked; 人間関係 has one.
    expect(insights.unranked).toEqual([{ key: "custom:副業", last90: 3 }]);
  });

  it("names a tendency only past the threshold and with three days each side", () => {
    const c = (withAverage: number, withoutAverage: number, withDays = 3, withoutDays = 3) => ({
      withAverage,
      withDays,
      withoutAverage,
      withoutDays,
    });
    expect(tendencyOf(c(3.3, 3.0))).toBe("better");
    expect(tendencyOf(c(3.2, 3.0))).toBe("similar");
    expect(tendencyOf(c(2.7, 3.0))).toBe("harder");
    expect(tendencyOf(c(2.8, 3.0))).toBe("similar");
    expect(tendencyOf(c(5, 1, 2, 10))).toBe("not-enough");
    expect(tendencyOf(c(5, 1, 10, 2))).toBe("not-enough");
  });
});

describe("the empty and the barely-started journal", () => {
  it("shows nothing to read into before there is anything", async () => {
    const empty = (await createMember("insights-empty@example.jp")).id;
    expect(await chartsReadiness(empty)).toEqual({ moodDays: 0, ready: false });
    expect(await firstEntryYear(empty)).toBeNull();
    const view = await moodYear(empty, 2026);
    expect(view).toMatchObject({ writtenDays: 0, moodDays: 0 });
    expect((await monthlyTrend(empty, TODAY)).every((m) => m.average === null && m.moodDays === 0)).toBe(
      true,
    );
    const values = await valueInsights(empty, TODAY);
    expect(values).toMatchObject({ latest: null, ranked: [], changes: [], unranked: [], moodDays90: 0 });
  });

  it("counts her days toward the threshold and waits for a second ranking", async () => {
    const starter = (await createMember("insights-starter@example.jp")).id;
    await createEntry(starter, entryInput({ entryDate: "2026-11-24", mood: 4 }));
    await createEntry(starter, entryInput({ entryDate: "2026-11-24", mood: 2 }));
    await createEntry(starter, entryInput({ entryDate: "2026-11-25", mood: 3 }));
    await createEntry(starter, entryInput({ entryDate: "2026-11-23", mood: null }));
    await createEntry(starter, entryInput({ entryDate: "2026-11-22", mood: 5 }));
    expect(await chartsReadiness(starter)).toEqual({ moodDays: 3, ready: false });
    await createRanking(db, starter, ["family"]);
    const values = await valueInsights(starter, TODAY);
    expect(values.previous).toBeNull();
    expect(values.changes).toEqual([]);
    expect(values.ranked[0]).toMatchObject({ key: "family", last30: 5, tendency: "not-enough" });
  });

  it("keeps another member's figures to her", async () => {
    expect(await chartsReadiness(her)).toEqual({ moodDays: 10, ready: true });
    const theirs = await moodYear(other, 2026);
    // Her 5 and 4 on the 25th are their 1 and 2: 1.5, which shows as しんどい.
    expect(theirs.moods).toEqual({ 1: 1, 2: 3, 3: 2, 4: 2, 5: 1 });
  });
});

function outlineTitles(doc: PDFDocument): { titles: string[]; count: number } {
  const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
  const count = outlines.lookup(PDFName.of("Count"), PDFNumber).asNumber();
  const titles: string[] = [];
  let ref = outlines.get(PDFName.of("First"));
  while (ref instanceof PDFRef) {
    const item = doc.context.lookup(ref, PDFDict);
    const title = item.lookup(PDFName.of("Title"));
    if (title instanceof PDFHexString || title instanceof PDFString) titles.push(title.decodeText());
    expect(item.lookup(PDFName.of("Dest"), PDFArray).size()).toBe(5);
    ref = item.get(PDFName.of("Next"));
  }
  return { titles, count };
}

describe("the year book", () => {
  it("holds her entries of the period, with bookmarks by month, and no one else's", async () => {
    session.user = { id: her, email: "insights-her@example.jp" };
    const response = await bookRoute(
      new Request("http://localhost/members/insights/book?kind=year&year=2026"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    // Streamed as it is typeset: the length is known only at the end.
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.body).toBeInstanceOf(ReadableStream);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    const { titles, count } = outlineTitles(doc);
    expect(titles).toEqual([
      "表紙",
      "目次",
      "2026年8月（1件）",
      "2026年9月（1件）",
      "2026年10月（2件）",
      "2026年11月（6件）",
      "気分と価値観のまとめ",
    ]);
    expect(count).toBe(7);

    const text = pdfText(bytes).replace(/\s+/g, "");
    for (const entry of HERS.filter((e) => e.entryDate.startsWith("2026")))
      expect(text).toContain(entry.body);
    expect(text).not.toContain("彼女-前年");
    expect(text).not.toContain("他人-");
    expect(text).not.toContain("ほかの人");
    expect(text).toContain("2026年");
    expect(text).toContain("記録10件");
    expect(text).toContain("2026年11月25日(水)");
    expect(text).toContain("気分:とてもよい");
    expect(text).toContain("価値観:家族との時間、副業");
    expect(text).toContain("気分と価値観のまとめ");
    expect(text).toContain("気分のまとめ");
  });

  it("makes two books asked for at once, each with its own period", async () => {
    session.user = { id: her, email: "insights-her@example.jp" };
    // Each asker reads her own download, as two browsers would: the second book starts when the
    // first one's stream has ended.
    const download = async (query: string) =>
      new Uint8Array(
        await (await bookRoute(new Request(`http://localhost/members/insights/book?${query}`))).arrayBuffer(),
      );
    const [a, b] = await Promise.all([
      download("kind=range&from=2026-08-01&to=2026-08-31"),
      download("kind=range&from=2026-09-01&to=2026-09-30"),
    ]);
    const textA = pdfText(a).replace(/\s+/g, "");
    const textB = pdfText(b).replace(/\s+/g, "");
    expect(textA).toContain("彼女-0801の記録");
    expect(textA).not.toContain("彼女-0915の記録");
    expect(textB).toContain("彼女-0915の記録");
    expect(textB).not.toContain("彼女-0801の記録");
  });

  it("takes a 年度 and a range of days", async () => {
    session.user = { id: her, email: "insights-her@example.jp" };
    const fiscal = await bookRoute(
      new Request("http://localhost/members/insights/book?kind=fiscal&fiscalYear=2025"),
    );
    const fiscalText = pdfText(new Uint8Array(await fiscal.arrayBuffer())).replace(/\s+/g, "");
    expect(fiscalText).toContain("彼女-前年1231の記録");
    expect(fiscalText).toContain("彼女-前年1130の記録");
    expect(fiscalText).not.toContain("彼女-0801の記録");

    const range = await bookRoute(
      new Request("http://localhost/members/insights/book?kind=range&from=2026-11-20&to=2026-11-24"),
    );
    const rangeText = pdfText(new Uint8Array(await range.arrayBuffer())).replace(/\s+/g, "");
    expect(rangeText).toContain("彼女-1124の記録");
    expect(rangeText).toContain("彼女-1120の記録");
    expect(rangeText).not.toContain("彼女-1125");
    expect(rangeText).not.toContain("彼女-1110の記録");
    expect(rangeText).toContain("記録3件");
  });

  it("sends her back with a message for a period it cannot make", async () => {
    session.user = { id: her, email: "insights-her@example.jp" };
    const cases: [string, string][] = [
      ["kind=range&from=2026-11-24&to=2026-11-20", "book_error=order"],
      ["kind=range&from=2026-02-30&to=2026-03-01", "book_error=from"],
      ["kind=year&year=abcd", "book_error=year"],
      ["kind=year&year=2020", "book_error=empty"],
      ["kind=nonsense", "book_error=kind"],
      [`kind=range&from=${"9".repeat(5000)}`, "book_error=from"],
    ];
    for (const [query, expected] of cases) {
      const digest = digestOf(
        await thrown(bookRoute(new Request(`http://localhost/members/insights/book?${query}`))),
      );
      expect(digest).toContain("NEXT_REDIRECT");
      expect(digest).toContain(expected);
    }
  });

  it("asks for a session", async () => {
    session.user = null;
    const digest = digestOf(
      await thrown(bookRoute(new Request("http://localhost/members/insights/book?kind=year&year=2026"))),
    );
    expect(digest).toContain("/signin?callbackUrl=%2Fmembers%2Finsights");
  });

  it("reads the period's words in Japanese", () => {
    expect(parseBookPeriod({ kind: "fiscal", fiscalYear: "2026" }, "2027-02-01")).toMatchObject({
      ok: true,
      period: { from: "2026-04-01", to: "2027-03-31", label: "2026年度（2026年4月〜2027年3月）" },
    });
    // In November 2026 the 2027 年度 has not begun.
    expect(parseBookPeriod({ kind: "fiscal", fiscalYear: "2027" }, TODAY)).toEqual({
      ok: false,
      error: "fiscal",
    });
    expect(parseBookPeriod({ kind: "range", from: "2026-11-01", to: "2026-11-26" }, TODAY)).toEqual({
      ok: false,
      error: "future",
    });
  });
});
