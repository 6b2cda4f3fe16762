import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  siteCharacters,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_WEIGHTS,
  webFontFile,
} from "@/lib/content/web-font";

const root = path.resolve(import.meta.dirname, "../..");

describe("the subset web font", () => {
  it("holds every character of the articles, prompts and UI text", () => {
    const committed = new Set(readFileSync(path.join(root, WEB_FONT_CHARACTERS_FILE), "utf8"));
    const missing = [...siteCharacters(root)].filter((character) => !committed.has(character));
    // Fix: npx tsx scripts/build-web-font.ts, and commit app/fonts.
    expect(missing.join("")).toBe("");
  });

  it("is committed for every weight the layout loads, as small WOFF2 files", () => {
    for (const { weight } of WEB_FONT_WEIGHTS) {
      const font = readFileSync(path.join(root, webFontFile(weight)));
      expect(font.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(font.byteLength).toBeLessThan(120 * 1024);
    }
  });
});
