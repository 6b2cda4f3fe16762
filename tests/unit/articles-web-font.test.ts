import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  READING_BOLD_CHARACTERS_FILE,
  READING_CHARACTERS_FILE,
  readingBoldCharacters,
  readingCharacters,
  siteCharacters,
  unicodeRange,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_FAMILY,
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

  it("put every character the reading pages draw in bold in the preloaded bold face", () => {
    const bold = committed(READING_BOLD_CHARACTERS_FILE);
    expect([...readingBoldCharacters(root)].filter((character) => !bold.has(character)).join("")).toBe("");
  });

  it("declare, per weight, faces of one family whose ranges are disjoint and cover every character", () => {
    const faces = declaredFaces();
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set([`'${WEB_FONT_FAMILY}'`]));
    const all = [...committed(WEB_FONT_CHARACTERS_FILE)].map((character) => character.codePointAt(0) ?? 0);
    for (const { weight } of WEB_FONT_WEIGHTS) {
      const ofWeight = faces.filter((face) => face.weights.includes(String(weight)));
      const covering = (code: number) => ofWeight.filter((face) => inRange(face.range, code)).length;
      // Exactly one face a character: never a fetch for a face without the glyph, never a gap.
      expect(all.filter((code) => covering(code) !== 1).map((code) => String.fromCodePoint(code))).toEqual(
        [],
      );
    }
  });

  it("are first in the site's font stack, by their family's name", () => {
    // next/font's variable names a family of its own, not the one the faces declare.
    const config = readFileSync(path.join(root, "tailwind.config.ts"), "utf8");
    expect(/sans: \[\s*(?:\/\/.*\n\s*)*"([^"]*)"/.exec(config)?.[1]).toBe(`'${WEB_FONT_FAMILY}'`);
  });

  it("give each face exactly its characters, and preload only the reading faces", () => {
    const reading = committed(READING_CHARACTERS_FILE);
    const bold = committed(READING_BOLD_CHARACTERS_FILE);
    const all = [...committed(WEB_FONT_CHARACTERS_FILE)];
    const range = (keep: (character: string) => boolean) => unicodeRange(all.filter(keep).join(""));
    const byFile = new Map(declaredFaces().map((face) => [face.files.join(" "), face]));
    const file = (weight: number, subset: "reading" | "reading-rest" | "members") =>
      `./${path.basename(webFontFile(weight, subset))}`;
    expect(byFile.get(file(400, "reading"))).toMatchObject({
      range: range((c) => reading.has(c)),
      preload: true,
    });
    expect(byFile.get(file(700, "reading"))).toMatchObject({
      range: range((c) => bold.has(c)),
      preload: true,
    });
    expect(byFile.get(file(700, "reading-rest"))).toMatchObject({
      range: range((c) => reading.has(c) && !bold.has(c)),
      preload: false,
    });
    expect(byFile.get(`${file(400, "members")} ${file(700, "members")}`)).toMatchObject({
      range: range((c) => !reading.has(c)),
      preload: false,
    });
  });

  it("are committed for every weight the layout loads, as small WOFF2 files", () => {
    for (const { weight } of WEB_FONT_WEIGHTS) {
      for (const subset of [
        "reading",
        ...(weight === 700 ? ["reading-rest" as const] : []),
        "members",
      ] as const) {
        const font = readFileSync(path.join(root, webFontFile(weight, subset)));
        expect(font.subarray(0, 4).toString("latin1")).toBe("wOF2");
        // The reading faces are what a reader downloads: 300 KiB in all is the budget.
        expect(font.byteLength).toBeLessThan(64 * 1024);
        // The bold a reader downloads is the small face (issue 17: about 40 KiB instead of 60).
        if (weight === 700 && subset === "reading") expect(font.byteLength).toBeLessThan(48 * 1024);
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

interface DeclaredFace {
  files: string[];
  weights: string[];
  family: string;
  range: string;
  preload: boolean;
}

/** Each localFont call of app/fonts/web-fonts.ts, read from its literal options. */
function declaredFaces(): DeclaredFace[] {
  const source = readFileSync(path.join(root, WEB_FONT_MODULE), "utf8");
  return source
    .split(/localFont\(/)
    .slice(1)
    .map((call) => ({
      files: [...call.matchAll(/path: "([^"]+)"/g)].map((match) => match[1] ?? ""),
      weights: [...call.matchAll(/weight: "(\d+)"/g)].map((match) => match[1] ?? ""),
      family: /prop: "font-family",\s*value:\s*"([^"]*)"/.exec(call)?.[1] ?? "",
      range: /prop: "unicode-range",\s*value:\s*"([^"]*)"/.exec(call)?.[1] ?? "",
      preload: !/preload: false/.test(call),
    }));
}

function inRange(range: string, code: number): boolean {
  return range.split(",").some((part) => {
    const [from, to] = part
      .trim()
      .replace(/^U\+/, "")
      .split("-")
      .map((hex) => parseInt(hex, 16));
    return from !== undefined && code >= from && code <= (to ?? from);
  });
}
