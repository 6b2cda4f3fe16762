import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/action-result";
import { messages } from "@/lib/journal/limits";
import { entryInputSchema, rankingSchema } from "@/lib/journal/schema";

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

describe("entry dates within a sane range", () => {
  it.each([["0000-01-01"], ["0001-12-31"], ["1899-12-31"]])("refuses %s in Japanese", (entryDate) => {
    expect(errorsOf({ entryDate })).toEqual({ entryDate: messages.dateTooEarly });
  });

  it("refuses 9999-12-31 as a future day", () => {
    expect(errorsOf({ entryDate: "9999-12-31" })).toEqual({ entryDate: messages.dateInFuture });
  });

  it("accepts 1900-01-01", () => {
    expect(errorsOf({ entryDate: "1900-01-01" })).toEqual({});
  });
});

describe("own tags cannot hide what they say", () => {
  it.each([
    ["right-to-left override", "家族\u202e族家"],
    ["left-to-right isolate", "\u2066仕事\u2069"],
    ["right-to-left mark", "副業\u200f"],
    ["Arabic letter mark", "健康\u061c"],
    ["C1 control", "学び\u0085"],
  ])("refuses a tag with a %s", (_name, label) => {
    expect(errorsOf({ newTag: label })).toEqual({ newTag: messages.tagInvalid });
    expect(errorsOf({ values: [`custom:${label}`] })).toEqual({ values: messages.tagInvalid });
    expect(rankingSchema.safeParse({ ranking: [`custom:${label}`, "", "", "", ""] }).success).toBe(false);
  });
});
