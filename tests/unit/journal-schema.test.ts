import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/action-result";
import { tokyoDay } from "@/lib/journal/dates";
import { messages } from "@/lib/journal/limits";
import { entryInputSchema, parseFilters, rankingSchema } from "@/lib/journal/schema";
import { characterCount, isValidValueKey, valueLabel, VALUE_CATALOGUE } from "@/lib/journal/values";

const valid = {
  title: "",
  body: "今日は仕事と家庭の両立について考えた。",
  entryDate: "2026-11-01",
  mood: "",
  promptId: "",
  values: [] as string[],
  newTag: "",
};

function errorsOf(input: Partial<typeof valid>) {
  const result = entryInputSchema.safeParse({ ...valid, ...input });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("entry validation", () => {
  it("accepts a plain entry and normalises it", () => {
    const result = entryInputSchema.parse({
      ...valid,
      body: "一行目\r\n二行目",
      values: ["family", "custom: 副業 "],
    });
    expect(result).toEqual({
      title: null,
      body: "一行目\n二行目",
      entryDate: "2026-11-01",
      mood: null,
      promptId: null,
      values: ["family", "custom:副業"],
    });
  });

  it("refuses each limit with its own Japanese field message", () => {
    expect(errorsOf({ title: "あ".repeat(101) })).toEqual({ title: messages.titleTooLong });
    expect(errorsOf({ body: "あ".repeat(20_001) })).toEqual({ body: messages.bodyTooLong });
    expect(errorsOf({ body: "  \n " })).toEqual({ body: messages.bodyEmpty });
    expect(errorsOf({ mood: "7" })).toEqual({ mood: messages.moodInvalid });
    expect(errorsOf({ mood: "0" })).toEqual({ mood: messages.moodInvalid });
    expect(errorsOf({ newTag: "あ".repeat(21) })).toEqual({ newTag: messages.tagTooLong });
    expect(errorsOf({ values: [`custom:${"あ".repeat(21)}`] })).toEqual({ values: messages.tagTooLong });
    expect(errorsOf({ values: ["family", "fame"] })).toEqual({ values: messages.valueUnknown });
    expect(errorsOf({ entryDate: "2026-02-30" })).toEqual({ entryDate: messages.dateInvalid });
    expect(errorsOf({ promptId: "no-such-prompt" })).toEqual({ promptId: messages.promptUnknown });
  });

  it("reports every problem at once, not only the first", () => {
    expect(
      Object.keys(errorsOf({ title: "あ".repeat(101), mood: "7", newTag: "あ".repeat(21) })).sort(),
    ).toEqual(["mood", "newTag", "title"]);
  });

  it("accepts exactly the limits", () => {
    expect(
      errorsOf({ title: "あ".repeat(100), body: "あ".repeat(20_000), newTag: "あ".repeat(20), mood: "5" }),
    ).toEqual({});
  });

  it("counts characters as a person does: an emoji is one", () => {
    expect(characterCount("😊".repeat(20))).toBe(20);
    expect(errorsOf({ newTag: "😊".repeat(20) })).toEqual({});
  });

  it("refuses a date after today in Tokyo", () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    expect(errorsOf({ entryDate: tokyoDay(tomorrow) })).toEqual({ entryDate: messages.dateInFuture });
  });
});

describe("value keys", () => {
  it("keeps the catalogue ids the worksheets use", () => {
    expect(VALUE_CATALOGUE.map((v) => v.id)).toEqual([
      "family",
      "health",
      "growth",
      "income",
      "stability",
      "autonomy",
      "contribution",
      "expertise",
      "relationships",
      "challenge",
      "authenticity",
      "recognition",
    ]);
    expect(valueLabel("family")).toBe("家族との時間");
    expect(valueLabel("custom:副業")).toBe("副業");
    expect(isValidValueKey("custom:")).toBe(false);
    expect(isValidValueKey("wealth")).toBe(false);
  });
});

describe("ranking validation", () => {
  it("keeps exactly the order sent, one to five places, and refuses gaps, duplicates and unknown ids", () => {
    expect(rankingSchema.parse({ ranking: ["growth", "family", "custom:副業", "", ""] })).toEqual({
      ranking: ["growth", "family", "custom:副業"],
    });
    expect(rankingSchema.parse({ ranking: ["health"] })).toEqual({ ranking: ["health"] });
    const refused = (ranking: string[]) => {
      const result = rankingSchema.safeParse({ ranking });
      return result.success ? null : result.error.issues.map((issue) => issue.message);
    };
    // A gap is refused rather than closed up: the server never renumbers her places.
    expect(refused(["growth", "", "family"])).toEqual([messages.rankingGap]);
    expect(refused(["", "growth"])).toEqual([messages.rankingGap]);
    expect(refused(["growth", "growth"])).toEqual([messages.rankingDuplicate]);
    expect(refused(["growth", "custom:", "family"])).toEqual([messages.valueUnknown]);
    expect(refused(["", "", "", "", ""])).toEqual([messages.rankingEmpty]);
    expect(refused(["fame"])).toEqual([messages.valueUnknown]);
  });
});

describe("list filters", () => {
  it("drops malformed filters instead of failing", () => {
    expect(
      parseFilters(new URLSearchParams("q=%20両立%20&value=family&month=2026-11&day=2026-02-31")),
    ).toEqual({
      q: "両立",
      value: "family",
      month: "2026-11",
      day: null,
    });
    expect(parseFilters({ value: "fame", month: "2026-13" })).toEqual({
      q: null,
      value: null,
      month: null,
      day: null,
    });
  });
});
