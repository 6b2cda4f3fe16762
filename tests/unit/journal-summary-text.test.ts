import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/db/search-index/tokens";
import { excerptOf, leadOf } from "@/lib/journal/excerpt";
import {
  excerptFromPrefix,
  excerptFromWindow,
  isPlainQuery,
  leadFromPrefix,
  summaryText,
} from "@/lib/journal/summary-text";
import { partsOf } from "../support/summary-parts";

// The list's lead and excerpt made from the parts of a body the database cuts must be exactly
// what leadOf / excerptOf make from the whole body, or null (then the whole body is read).

const whole = (body: string, q: string | null) => ({ lead: leadOf(body), excerpt: excerptOf(body, q) });
const fromParts = (body: string, q: string | null) => summaryText(partsOf(body, q), q);

describe("isPlainQuery", () => {
  it("holds only for characters that no other character lower-cases into, checked on every code point", () => {
    const broken: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const lower = char.toLowerCase();
      if (lower === char) continue;
      // A plain query character found in another character's lower case must come from its ASCII
      // capital, one character for one.
      for (const part of lower) {
        if (isPlainQuery(part) && !(/^[A-Z]$/.test(char) && lower === part)) broken.push(char);
      }
    }
    expect(broken).toEqual([]);
  });

  it("takes kana, kanji, digits, most ASCII and % or _, but not spaces or cased letters beyond ASCII", () => {
    for (const q of ["両立", "ふりかえり", "100%", "data_set", "WORD", "word"])
      expect(isPlainQuery(q), q).toBe(true);
    for (const q of ["a b", "é", "É", "ａ", "Ａ", "i", "k", "Sentaku", "Σ", "\u0307"])
      expect(isPlainQuery(q), q).toBe(false);
  });
});

describe("summaryText from the database's parts of a body", () => {
  const long = "前置きの文章です。".repeat(2_000);
  const cases: { name: string; body: string; q: string | null; settled: boolean }[] = [
    { name: "short body", body: "夫と、両立について話し合った。\n\nそれから寝た。", q: null, settled: true },
    { name: "leading blank lines", body: `\n\n  \n\t\n${"朝から雨。".repeat(100)}`, q: null, settled: true },
    {
      name: "a first line after hundreds of blank ones",
      body: `${"\n".repeat(400)}朝。${long}`,
      q: null,
      settled: false,
    },
    {
      name: "whitespace runs",
      body: "仕事　　と\t\t家庭   の\n\n両立。".repeat(60),
      q: "両立",
      settled: true,
    },
    { name: "surrogate pairs across the head's end", body: `あ${"😀".repeat(400)}`, q: null, settled: true },
    { name: "an emoji query", body: `${"あ".repeat(500)}😀${"い".repeat(500)}`, q: "😀", settled: true },
    {
      name: "a match near the end of a long body",
      body: `${long}ここで両立の話。${"あとがき。".repeat(3)}`,
      q: "両立",
      settled: true,
    },
    { name: "a match at the very end", body: `${long}両立`, q: "両立", settled: true },
    {
      name: "a match just past the head's reach",
      body: `${"あ".repeat(1_024)}両立${"い".repeat(300)}`,
      q: "両立",
      settled: true,
    },
    {
      name: "a match at the last near position",
      body: `${"あ".repeat(1_023)}両立${"い".repeat(300)}`,
      q: "両立",
      settled: true,
    },
    {
      name: "ASCII letters in either case, near",
      body: `${"x".repeat(400)} SENTAKU ${"y".repeat(400)}`,
      q: "sentaku",
      settled: true,
    },
    {
      name: "ASCII letters in either case, deep",
      body: `${long} The WORD here ${long}`,
      q: "word",
      settled: true,
    },
    { name: "a deep match of a query with k", body: `${long} SENTAKU ${long}`, q: "sentaku", settled: false },
    { name: "a match in the title only", body: long, q: "両立", settled: true },
    { name: "İ before a deep match", body: `İ${long}両立${long}`, q: "両立", settled: false },
    {
      name: "a query with a space",
      body: `${"あ".repeat(300)}仕事\n\nと家庭 仕事 と家庭`,
      q: "仕事 と家庭",
      settled: true,
    },
    {
      name: "a capital the search does not fold",
      body: `${"あ".repeat(300)}ÉTÉ et été`,
      q: "été",
      settled: true,
    },
    { name: "final sigma in a short body", body: "ΟΔΟΣ ΟΔΟΣΑ οδος", q: "οδος", settled: true },
    {
      name: "final sigma at a prefix's end",
      body: `${"α".repeat(300)}ΟΔΟΣ ΟΔΟΣΑ`,
      q: "οδος",
      settled: false,
    },
    {
      name: "a deep match and its body's trailing lines",
      body: `${long}両立。\n\n`,
      q: "両立",
      settled: true,
    },
    {
      name: "a deep match and more spaces than the window",
      body: `${long}両立${" ".repeat(300)}`,
      q: "両立",
      settled: false,
    },
    {
      name: "a deep match after a run of spaces",
      body: `あ${" ".repeat(5_000)}両立${long}`,
      q: "両立",
      settled: false,
    },
    {
      name: "a sigma lower-cased by what follows the head",
      body: `${"β".repeat(254)}ΑΣΑ${"γ".repeat(50)}ας${"δ".repeat(200)}`,
      q: "ας",
      settled: false,
    },
    {
      name: "spaces past the head after 90 characters",
      body: `${"あ".repeat(90)}${" ".repeat(200)}`,
      q: null,
      settled: false,
    },
    {
      name: "30 characters before a deep match after spaces",
      body: `${" ".repeat(1_500)}${"あ".repeat(30)}両立${long}`,
      q: "両立",
      settled: false,
    },
    {
      name: "31 characters before a deep match after spaces",
      body: `${" ".repeat(1_500)}${"あ".repeat(31)}両立${long}`,
      q: "両立",
      settled: false,
    },
    {
      name: "60 characters from a deep match, then spaces past the window",
      body: `${long}両立${"あ".repeat(58)}${" ".repeat(500)}`,
      q: "両立",
      settled: false,
    },
    {
      name: "a first line cut at a space by the head's end",
      body: `${"\n".repeat(231)}${"あ".repeat(24)} い。`,
      q: null,
      settled: false,
    },
    { name: "a 256-character body", body: "あ".repeat(256), q: null, settled: true },
    { name: "a 257-character body", body: "あ".repeat(257), q: null, settled: true },
    {
      name: "a long first line",
      body: "保育園のお迎えに間に合わなかった".repeat(40),
      q: null,
      settled: true,
    },
  ];

  for (const { name, body, q, settled } of cases) {
    it(`${name}: ${settled ? "settled by the parts" : "left to the whole body"}`, () => {
      const text = fromParts(body, q);
      if (settled) expect(text).toEqual(whole(body, q));
      else expect(text).toBeNull();
    });
  }

  it("is never different from the whole body's on random bodies of spaces, cases and surrogate pairs", () => {
    // A fixed sequence, so a failure is the same on every run.
    let state = 17;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const alphabet = Array.from("あ両立。aAkKiİΣσéÉａＡ😀");
    const spaces = [" ", "\n", "\t", "　", "\u00a0"];
    let settled = 0;
    let windows = 0;
    const runs = 3_000;
    for (let run = 0; run < runs; run += 1) {
      const textOf = (length: number, letters: readonly string[]) => {
        const chars: string[] = [];
        while (chars.length < length) {
          const runLength = 1 + Math.floor(random() * pick([1, 3, 40]));
          const char = random() < pick([0.05, 0.2, 0.6]) ? pick(spaces) : pick(letters);
          for (let i = 0; i < runLength; i += 1) chars.push(char);
        }
        return chars;
      };
      // Half the bodies hold a query deep inside, where only the window around it is read: text
      // without the query's characters (and mostly without İ) before it, any text after it.
      const deep = random() < 0.5;
      const query = deep
        ? pick(["両立", "WORD", "word", "立", "x😀", "ａ両", "é立"])
        : pick(["両立", "あ", "a", "K", "σ", "ａ", "😀", "A両", "立。"]);
      const withoutQuery = alphabet.filter((c) => !["両", "立", "😀", "i", "k", "K"].includes(c));
      const deepAlphabet = random() < 0.2 ? withoutQuery : withoutQuery.filter((c) => c !== "İ");
      const chars = deep
        ? [...textOf(1_000 + 300 * random(), deepAlphabet), query, ...textOf(200 * random(), alphabet)]
        : textOf(pick([10, 100, 300, 1_200, 3_000]) * random(), alphabet);
      const body = chars.join("");
      const from = Math.floor(random() * chars.length);
      const q =
        deep || random() < 0.2
          ? query
          : random() < 0.1
            ? null
            : chars
                .slice(from, from + 1 + Math.floor(random() * 4))
                .join("")
                .trim() || "両立";
      // A search page only ever shows entries that contain the query, in the body or the title.
      if (q && !foldForSearch(body).includes(foldForSearch(q)) && random() < 0.5) continue;
      const text = fromParts(body, q);
      if (text) {
        settled += 1;
        expect(text, JSON.stringify({ body, q })).toEqual(whole(body, q));
      }
      // Each part's rule on its own, where summaryText would not reach it.
      const parts = partsOf(body, q);
      const lead = leadFromPrefix(parts.head, parts.headComplete);
      if (lead !== null) expect(lead, JSON.stringify({ body })).toBe(leadOf(body));
      const head = excerptFromPrefix(parts.head, parts.headComplete, q);
      if (head !== null) expect(head, JSON.stringify({ body, q })).toBe(excerptOf(body, q));
      const near = parts.window && q ? excerptFromWindow(parts.window, q) : null;
      if (near !== null) {
        windows += 1;
        expect(near, JSON.stringify({ body, q })).toBe(excerptOf(body, q));
      }
    }
    // Most bodies never need a whole read, and the window settles most deep matches.
    expect(settled).toBeGreaterThan(runs / 3);
    expect(windows).toBeGreaterThan(runs / 10);
  });
});

describe("each part's rule at its edges", () => {
  const long = "前置きの文章です。".repeat(2_000);
  const window = (body: string, q: string) => {
    const parts = partsOf(body, q);
    return parts.window ? excerptFromWindow(parts.window, q) : "no window";
  };

  it("counts the characters before a deep match only where the window shows them all", () => {
    // 30 flattened characters before the match: excerptOf starts at the body's start, with no …
    expect(window(`${" ".repeat(1_500)}${"あ".repeat(30)}両立${long}`, "両立")).toBeNull();
    expect(excerptOf(`${" ".repeat(1_500)}${"あ".repeat(30)}両立${long}`, "両立").startsWith("あ")).toBe(
      true,
    );
    for (const count of [31, 32]) {
      const body = `${" ".repeat(1_500)}${"あ".repeat(count)}両立${long}`;
      expect(window(body, "両立"), `${count}`).toBe(excerptOf(body, "両立"));
    }
  });

  it("settles a body ending soon after a deep match only when it is longer than an excerpt", () => {
    // 59 characters before the match and 30 from it: 89 in all, shown whole.
    for (const before of [59, 60, 61]) {
      const body = `${" ".repeat(1_500)}${"あ".repeat(before)}両立${"い".repeat(28)}`;
      const text = window(body, "両立");
      if (text !== null) expect(text, `${before}`).toBe(excerptOf(body, "両立"));
    }
    const short = `${" ".repeat(1_500)}${"あ".repeat(59)}両立${"い".repeat(28)}`;
    expect(window(short, "両立")).toBeNull();
  });

  it("reads a first line cut by the head's end only when it is longer than a lead", () => {
    const blank = "\n".repeat(231);
    // The head ends at the space: the line goes on, so the lead is cut with …
    expect(leadFromPrefix(`${blank}${"あ".repeat(24)} `, false)).toBeNull();
    expect(leadOf(`${blank}${"あ".repeat(24)} い。`)).toBe(`${"あ".repeat(24)}…`);
    expect(leadFromPrefix(`${blank}${"あ".repeat(25)} `, false)).toBe(
      leadOf(`${blank}${"あ".repeat(25)} い。`),
    );
  });
});
