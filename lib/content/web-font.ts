import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

/**
 * The site's web font: Noto Sans JP cut down to the characters the site can show.
 *
 * The full font is 5 MB a weight, and fontsource's unicode-range slices still cost a reader about
 * 200 KiB of font files and 70 KiB of @font-face rules per article (Lighthouse, 2026-12-01). The
 * text of every public page is known at build time (articles, prompts and the UI strings in the
 * code), so a few small files a weight cover it (WebFontSubset). Text members write themselves may contain other
 * characters; those fall back to the system's Japanese font (the stack in tailwind.config.ts),
 * glyph by glyph, which every phone has.
 */
export const WEB_FONT_DIR = "app/fonts";
/** Every character of the site: the reading subset and the members subset together. */
export const WEB_FONT_CHARACTERS_FILE = `${WEB_FONT_DIR}/characters.txt`;
/** The characters of the reading pages: the subset the home and article pages load. */
export const READING_CHARACTERS_FILE = `${WEB_FONT_DIR}/characters-reading.txt`;
/** The reading characters the reading pages draw in bold: the preloaded bold face. */
export const READING_BOLD_CHARACTERS_FILE = `${WEB_FONT_DIR}/characters-reading-bold.txt`;
/** The module with the next/font declarations, written by scripts/build-web-font.ts. */
export const WEB_FONT_MODULE = `${WEB_FONT_DIR}/web-fonts.ts`;
/** The one family every face is declared in (see WebFontSubset for why one). */
export const WEB_FONT_FAMILY = "Sentaku Noto Sans JP";
export const WEB_FONT_WEIGHTS = [
  {
    weight: 400,
    source: "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  },
  { weight: 700, source: "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf" },
] as const;

/**
 * The faces, all in one family, each with the unicode-range of its characters: "reading" holds
 * what the public pages show and is preloaded; in bold it holds only what those pages draw in bold
 * (readingBoldCharacters), and "reading-rest" the other reading characters' bold, not preloaded;
 * "members" holds the rest (the members area's and sign-in's own characters), not preloaded. A
 * browser fetches a face that is not preloaded only for a page that draws one of its characters
 * in its weight. One family, because a browser picks the weight first and then the faces of that
 * weight whose range holds the character: regular text never fetches a bold face, and a bold
 * character missing from the small face still comes from "reading-rest". A reader of an article
 * downloads 102 KiB of font, 121 with the whole reading subset in bold (issue 17: reader pages ≤ 300
 * KiB; Lighthouse counted the article at 303 KiB before the split, 286 after).
 */
export type WebFontSubset = "reading" | "reading-rest" | "members";

export function webFontFile(weight: number, subset: WebFontSubset = "reading"): string {
  return `${WEB_FONT_DIR}/noto-sans-jp-${subset === "reading" ? "" : `${subset}-`}${weight}.woff2`;
}

interface Source {
  dir: string;
  extensions: readonly string[];
  shallow?: boolean;
}

/** Where the site's text lives: content, and UI strings in the code. */
const SOURCES: readonly Source[] = [
  { dir: "content/articles", extensions: [".md"] },
  { dir: "content", extensions: [".json"], shallow: true },
  { dir: "app", extensions: [".ts", ".tsx"] },
  { dir: "components", extensions: [".ts", ".tsx"] },
  { dir: "lib", extensions: [".ts", ".tsx"] },
];

/**
 * The reading pages (home, articles, 404) and everything they render: the root layout with the
 * header and footer, article components, prompts. tests/e2e/articles.spec.ts checks that those
 * pages load nothing of the members subset, so a source missing here shows up there.
 */
const READING_SOURCES: readonly Source[] = [
  { dir: "content/articles", extensions: [".md"] },
  { dir: "content", extensions: [".json"], shallow: true },
  // The member files' titles, listed in the home page's invitation.
  { dir: "content/downloads/manifest.json", extensions: [".json"] },
  { dir: "app/(site)/page.tsx", extensions: [".tsx"] },
  { dir: "app/(site)/articles", extensions: [".ts", ".tsx"] },
  { dir: "app/layout.tsx", extensions: [".tsx"] },
  { dir: "app/not-found.tsx", extensions: [".tsx"] },
  { dir: "app/error.tsx", extensions: [".tsx"] },
  { dir: "components/articles", extensions: [".ts", ".tsx"] },
  { dir: "components/auth/account-menu.tsx", extensions: [".tsx"] },
  { dir: "components/viewer", extensions: [".ts", ".tsx"] },
  { dir: "components/site-header.tsx", extensions: [".tsx"] },
  { dir: "components/site-footer.tsx", extensions: [".tsx"] },
  { dir: "components/membership-invitation.tsx", extensions: [".tsx"] },
  { dir: "lib/site.ts", extensions: [".ts"] },
  // Not front-matter.ts: its messages are for the author at build time, never on a page.
  ...["articles", "bar-chart", "links", "markdown", "phrases", "prompts", "reading-time", "words"].map(
    (name) => ({
      dir: `lib/content/${name}.ts`,
      extensions: [".ts"],
    }),
  ),
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
  if (statSync(path.join(root, dir), { throwIfNoEntry: false })?.isFile()) return [dir];
  if (!existsSync(path.join(root, dir))) return [];
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return shallow || entry.name === "fonts" ? [] : filesUnder(root, relative, extensions, shallow);
    }
    return extensions.some((extension) => entry.name.endsWith(extension)) ? [relative] : [];
  });
}

function charactersOf(root: string, sources: readonly Source[], always: string): string {
  const characters = new Set(always);
  for (const source of sources) {
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

/** Every character the site's pages can show, sorted by code point, one string. */
export function siteCharacters(root: string): string {
  return charactersOf(root, SOURCES, ALWAYS);
}

/** What Intl writes in the reading pages' dates (2026年11月25日), found in no source file. */
const READING_ALWAYS = "0123456789年月日";

/**
 * Every character the reading pages can show, sorted by code point, one string. Without the
 * ALWAYS margin: those characters sit in the members subset, fetched only where a page uses one,
 * and tests/unit/articles-web-font.test.ts fails the moment a reading page gains a new one.
 */
export function readingCharacters(root: string): string {
  return charactersOf(root, READING_SOURCES, READING_ALWAYS);
}

/**
 * The characters the reading pages draw in bold: the articles' titles, headings, **bold** spans and
 * chart blocks, and every character of the code that renders the reading pages (the site name,
 * buttons, card titles, labels; all of its text, which costs less than telling bold from regular
 * there). A bold face of just these is preloaded; the other reading characters' bold sits in a
 * face that is fetched only when a page draws one of them in bold, so a reader downloads about
 * 39 KiB of bold instead of 60 (issue 17). tests/e2e/articles.spec.ts checks the reading pages
 * draw nothing in bold outside this set.
 */
export function readingBoldCharacters(root: string): string {
  const reading = new Set(readingCharacters(root));
  const characters = new Set(READING_ALWAYS);
  for (const source of READING_SOURCES) {
    for (const file of filesUnder(root, source.dir, source.extensions, source.shallow ?? false)) {
      const text = readFileSync(path.join(root, file), "utf8");
      const bold = file.endsWith(".md") ? boldPartsOfMarkdown(text) : /\.tsx?$/.test(file) ? text : "";
      for (const character of bold) if (reading.has(character)) characters.add(character);
    }
  }
  return [...characters].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
}

/** What an article shows in bold: its title (and tags), headings, **spans** and chart blocks. */
function boldPartsOfMarkdown(markdown: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? "";
  return [
    /^title:.*$/m.exec(frontMatter)?.[0] ?? "",
    ...(frontMatter.match(/^\s+- .*$/gm) ?? []),
    ...(markdown.match(/^#{1,6} .*$/gm) ?? []),
    ...(markdown.match(/\*\*[^*\n]+\*\*/g) ?? []),
    ...(markdown.match(/^```chart\n[\s\S]*?^```/gm) ?? []),
  ].join("\n");
}

/** A CSS unicode-range covering exactly `characters` (sorted by code point), runs merged. */
export function unicodeRange(characters: string): string {
  const codes = [...new Set(Array.from(characters, (c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const code of codes) {
    const last = runs.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  const hex = (code: number) => code.toString(16).toUpperCase();
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(", ");
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
