/**
 * Writes the site's web font subsets (app/fonts/noto-sans-jp-{,members-}{400,700}.woff2 and
 * noto-sans-jp-reading-rest-700.woff2), the lists of characters they hold (app/fonts/characters.txt,
 * characters-reading.txt, characters-reading-bold.txt) and the module that
 * declares them to next/font (app/fonts/web-fonts.ts); see lib/content/web-font.ts for why.
 * tests/unit/articles-web-font.test.ts fails when a page gains a character the fonts lack.
 *
 * Run: npx tsx scripts/build-web-font.ts   (after changing an article, a prompt or UI text)
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import {
  buildWebFont,
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
  type WebFontSubset,
} from "@/lib/content/web-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reading = readingCharacters(root);
// The reading sources include a few files outside the site's (the downloads manifest): the union.
const all = [...new Set(siteCharacters(root) + reading)]
  .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
  .join("");
const readingBold = readingBoldCharacters(root);
const without = (from: string, characters: string) =>
  [...from].filter((character) => !characters.includes(character)).join("");
const members = without(all, reading);
const readingRest = without(reading, readingBold);
await writeFile(path.join(root, WEB_FONT_CHARACTERS_FILE), `${all}\n`);
await writeFile(path.join(root, READING_CHARACTERS_FILE), `${reading}\n`);
await writeFile(path.join(root, READING_BOLD_CHARACTERS_FILE), `${readingBold}\n`);

/** The characters of each face a weight: the bold reading subset is split in two. */
const faces = (weight: number): [WebFontSubset, string][] =>
  weight === 700
    ? [
        ["reading", readingBold],
        ["reading-rest", readingRest],
        ["members", members],
      ]
    : [
        ["reading", reading],
        ["members", members],
      ];
for (const { weight, source } of WEB_FONT_WEIGHTS) {
  const original = await readFile(path.join(root, source));
  for (const [subset, characters] of faces(weight)) {
    const font = await buildWebFont(original, characters);
    await writeFile(path.join(root, webFontFile(weight, subset)), font);
    console.log(`wrote ${webFontFile(weight, subset)} (${(font.length / 1024).toFixed(1)} KiB)`);
  }
}

// next/font only reads literal options, so the family and the unicode-ranges are written out here.
// One call a face: next/font gives every face of a call the same declarations.
const file = (weight: number, subset: WebFontSubset) => `./${path.basename(webFontFile(weight, subset))}`;
const faceDeclarations = (characters: string) =>
  `declarations: [{ prop: "font-family", value: "'${WEB_FONT_FAMILY}'" }, { prop: "unicode-range", value: "${unicodeRange(characters)}" }]`;
const declarations = `// Written by scripts/build-web-font.ts from the site's text: do not edit by hand.
import localFont from "next/font/local";

// Every face is in one family, '${WEB_FONT_FAMILY}', with the unicode-range of its characters:
// lib/content/web-font.ts (WebFontSubset) says why. tailwind.config.ts puts it first in \`font-sans\`.

/** The public pages' characters in regular, preloaded; the only call that names the variable. */
export const notoSansJpReading = localFont({
  src: [{ path: "${file(400, "reading")}", weight: "400", style: "normal" }],
  display: "swap",
  variable: "--font-noto-sans-jp",
  ${faceDeclarations(reading)},
});

/** The characters the public pages draw in bold, preloaded. */
export const notoSansJpReadingBold = localFont({
  src: [{ path: "${file(700, "reading")}", weight: "700", style: "normal" }],
  display: "swap",
  adjustFontFallback: false,
  ${faceDeclarations(readingBold)},
});

/** The public pages' other characters in bold: not preloaded, fetched where one is drawn bold. */
export const notoSansJpReadingRestBold = localFont({
  src: [{ path: "${file(700, "reading-rest")}", weight: "700", style: "normal" }],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  ${faceDeclarations(readingRest)},
});

/**
 * The members area's and sign-in's other characters: not preloaded, and fetched only by a page that
 * shows one of them.
 */
export const notoSansJpMembers = localFont({
  src: [
    { path: "${file(400, "members")}", weight: "400", style: "normal" },
    { path: "${file(700, "members")}", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  ${faceDeclarations(members)},
});
`;
const modulePath = path.join(root, WEB_FONT_MODULE);
const options = (await prettier.resolveConfig(modulePath)) ?? {};
await writeFile(modulePath, await prettier.format(declarations, { ...options, filepath: modulePath }));

// The fonts are SIL OFL 1.1; the license travels with them.
await writeFile(
  path.join(root, "app/fonts/OFL.txt"),
  await readFile(path.join(root, "node_modules/@expo-google-fonts/noto-sans-jp/LICENSE_FONT")),
);
console.log(
  `${[...all].length} characters, ${[...reading].length} of them on the reading pages, ${[...readingBold].length} in bold`,
);
