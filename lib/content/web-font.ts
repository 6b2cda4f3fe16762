import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

/**
 * The site's web font: Noto Sans JP cut down to the characters the site can show.
 *
 * The full font is 5 MB a weight, and fontsource's unicode-range slices still cost a reader about
 * 200 KiB of font files and 70 KiB of @font-face rules per article (Lighthouse, 2026-12-01). The
 * text of every public page is known at build time (articles, prompts and the UI strings in the
 * code), so one small file per weight covers it. Text members write themselves may contain other
 * characters; those fall back to the system's Japanese font (the stack in tailwind.config.ts),
 * glyph by glyph, which every phone has.
 */
export const WEB_FONT_DIR = "app/fonts";
export const WEB_FONT_CHARACTERS_FILE = `${WEB_FONT_DIR}/characters.txt`;
export const WEB_FONT_WEIGHTS = [
  {
    weight: 400,
    source: "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  },
  { weight: 700, source: "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf" },
] as const;

export function webFontFile(weight: number): string {
  return `${WEB_FONT_DIR}/noto-sans-jp-${weight}.woff2`;
}

/** Where the site's text lives: content, and UI strings in the code. */
const SOURCES = [
  { dir: "content/articles", extensions: [".md"] },
  { dir: "content", extensions: [".json"], shallow: true },
  { dir: "app", extensions: [".ts", ".tsx"] },
  { dir: "components", extensions: [".ts", ".tsx"] },
  { dir: "lib", extensions: [".ts", ".tsx"] },
];

/**
 * Always in: printable ASCII (addresses, numbers, English words) and the punctuation and kana a
 * sentence may need even if no page uses it today, so a small wording change rarely falls back.
 */
const ALWAYS =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join("") +
  "、。，．・：；？！ー〜「」『』（）【】〈〉《》［］｛｝…‥―‐–—“”‘’→←↑↓×÷±％＋－＝＜＞／＼｜＠＃＆＊＿" +
  Array.from({ length: 0x3093 - 0x3041 + 1 }, (_, i) => String.fromCharCode(0x3041 + i)).join("") +
  Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i)).join("") +
  "０１２３４５６７８９";

function filesUnder(root: string, dir: string, extensions: readonly string[], shallow: boolean): string[] {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return shallow || entry.name === "fonts" ? [] : filesUnder(root, relative, extensions, shallow);
    }
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [relative] : [];
  });
}

/** Every character the site's pages can show, sorted by code point, one string. */
export function siteCharacters(root: string): string {
  const characters = new Set(ALWAYS);
  for (const source of SOURCES) {
    for (const file of filesUnder(root, source.dir, source.extensions, source.shallow ?? false)) {
      for (const character of readFileSync(path.join(root, file), "utf8")) {
        const code = character.codePointAt(0) ?? 0;
        // Control characters and emoji (which Noto Sans JP lacks) would only bloat the list.
        if (code >= 0x20 && code < 0x1f000) characters.add(character);
      }
    }
  }
  return [...characters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
}

/**
 * The OpenType features a horizontal Japanese page uses: the defaults browsers apply, plus `halt`
 * and `chws`, which `text-spacing-trim` (app/globals.css) needs to trim full-width brackets.
 * Keeping every feature (HarfBuzz's default) also keeps each character's vertical, traditional and
 * proportional alternates: 145 KiB a weight instead of 80 for the same 716 characters.
 */
const KEPT_FEATURES = ["ccmp", "locl", "kern", "liga", "calt", "halt", "chws"];

/** A WOFF2 of `source` with only `characters` and the features above. */
export async function buildWebFont(source: Uint8Array, characters: string): Promise<Uint8Array> {
  const font = await subsetFont(Buffer.from(source), characters, {
    targetFormat: "woff2",
    keepFeatures: KEPT_FEATURES,
    // Vertical metrics: the site never sets text vertically.
    dropTables: ["vhea", "vmtx", "VORG"],
    // The font's names plus its license description and URL, which the OFL asks to keep.
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  });
  return new Uint8Array(font);
}
