import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  READING_CHARACTERS_FILE,
  readingCharacters,
  siteCharacters,
  unicodeRange,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_MODULE,
  WEB_FONT_WEIGHTS,
  webFontFile,
} from "@/lib/content/web-font";

const root = path.resolve(import.meta.dirname, "../..");
const committed = (file: string) => new Set(readFileSync(path.join(root, file), "utf8").replace(/\n$/, ""));

// Fix for any failure here: npx tsx scripts/build-web-font.ts, and commit app/fonts.
describe("the subset web fonts", () => {
  it("hold every character of the articles, prompts and UI text", () => {
    const all = committed(WEB_FONT_CHARACTERS_FILE);
    expect([...siteCharacters(root)].filter((character) => !all.has(character)).join("")).toBe("");
  });

  it("put every character of the reading pages in the reading subset", () => {
    const reading = committed(READING_CHARACTERS_FILE);
    expect([...readingCharacters(root)].filter((character) => !reading.has(character)).join("")).toBe("");
  });

  it("declare the members subset for exactly the characters the reading subset lacks", () => {
    const reading = committed(READING_CHARACTERS_FILE);
    const members = [...committed(WEB_FONT_CHARACTERS_FILE)].filter((character) => !reading.has(character));
    const declarations = readFileSync(path.join(root, WEB_FONT_MODULE), "utf8");
    const declared = /prop: "unicode-range",\s*value:\s*"([^"]*)"/.exec(declarations)?.[1];
    expect(declared).toBe(unicodeRange(members.join("")));
  });

  it("are committed for every weight the layout loads, as small WOFF2 files", () => {
    for (const { weight } of WEB_FONT_WEIGHTS) {
      for (const subset of ["reading", "members"] as const) {
        const font = readFileSync(path.join(root, webFontFile(weight, subset)));
        expect(font.subarray(0, 4).toString("latin1")).toBe("wOF2");
        // Both weights of the reading subset are what a reader downloads: 300 KiB in all is the budget.
        expect(font.byteLength).toBeLessThan(64 * 1024);
      }
    }
  });
});

describe("unicodeRange", () => {
  it("merges runs of consecutive code points", () => {
    expect(unicodeRange("abcxz")).toBe("U+61-63, U+78, U+7A");
    expect(unicodeRange("")).toBe("");
  });
});
