import { describe, expect, it } from "vitest";
import { leadOf } from "@/lib/journal/excerpt";
import { splitMatches } from "@/lib/journal/highlight";

describe("leadOf: what an untitled entry is called", () => {
  it("is the first line of the body when it is short", () => {
    expect(leadOf("夫と、両立について話し合った。\n\nそれから寝た。")).toBe("夫と、両立について話し合った。");
    expect(leadOf("\n\n  朝から   雨。  ")).toBe("朝から 雨。");
  });

  it("cuts a long first line at a sentence end in its second half, else at 24 characters with …", () => {
    expect(leadOf("保育園のお迎えに間に合わなかった。上司に頭を下げて、走って帰った。")).toBe(
      "保育園のお迎えに間に合わなかった。",
    );
    const long = "あ".repeat(40);
    expect(leadOf(long)).toBe(`${"あ".repeat(24)}…`);
    expect(Array.from(leadOf("😀".repeat(30))).length).toBe(25);
  });
});

describe("splitMatches: the search's matches marked", () => {
  const marked = (text: string, q: string | null) =>
    splitMatches(text, q)
      .map((p) => (p.match ? `[${p.text}]` : p.text))
      .join("");

  it("marks every occurrence, keeping the text as written", () => {
    expect(marked("仕事と家庭の両立。両立は難しい", "両立")).toBe("仕事と家庭の[両立]。[両立]は難しい");
    expect(marked("Work and work", "WORK")).toBe("[Work] and [work]");
    expect(marked("ああああ", "ああ")).toBe("[ああ][ああ]");
  });

  it("marks nothing without a search or a match, and never splits text into HTML", () => {
    expect(splitMatches("本文", null)).toEqual([{ text: "本文", match: false }]);
    expect(splitMatches("<b>本文</b>", "本文")).toEqual([
      { text: "<b>", match: false },
      { text: "本文", match: true },
      { text: "</b>", match: false },
    ]);
    // Only ASCII letters fold, as in the search itself: a full-width Ａ is not an a.
    expect(marked("Ａa", "a")).toBe("Ａ[a]");
  });
});
