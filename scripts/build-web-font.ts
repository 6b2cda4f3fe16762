/**
 * Writes the site's web font subsets (app/fonts/noto-sans-jp-{,members-}{400,700}.woff2), the lists
 * of characters they hold (app/fonts/characters.txt, characters-reading.txt) and the module that
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
  READING_CHARACTERS_FILE,
  readingCharacters,
  siteCharacters,
  unicodeRange,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_MODULE,
  WEB_FONT_WEIGHTS,
  webFontFile,
} from "@/lib/content/web-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const all = siteCharacters(root);
const reading = readingCharacters(root);
const members = [...all].filter((character) => !reading.includes(character)).join("");
await writeFile(path.join(root, WEB_FONT_CHARACTERS_FILE), `${all}\n`);
await writeFile(path.join(root, READING_CHARACTERS_FILE), `${reading}\n`);
for (const { weight, source } of WEB_FONT_WEIGHTS) {
  const original = await readFile(path.join(root, source));
  for (const [subset, characters] of [
    ["reading", reading],
    ["members", members],
  ] as const) {
    const font = await buildWebFont(original, characters);
    await writeFile(path.join(root, webFontFile(weight, subset)), font);
    console.log(`wrote ${webFontFile(weight, subset)} (${(font.length / 1024).toFixed(1)} KiB)`);
  }
}

// next/font only reads literal options, so the members subset's unicode-range is written out here.
const src = (subset: "reading" | "members") =>
  WEB_FONT_WEIGHTS.map(
    ({ weight }) =>
      `{ path: "./${path.basename(webFontFile(weight, subset))}", weight: "${weight}", style: "normal" }`,
  ).join(", ");
const declarations = `// Written by scripts/build-web-font.ts from the site's text: do not edit by hand.
import localFont from "next/font/local";

/** The public pages' characters, preloaded. tailwind.config.ts puts it first in \`font-sans\`. */
export const notoSansJpReading = localFont({
  src: [${src("reading")}],
  display: "swap",
  variable: "--font-noto-sans-jp",
});

/**
 * The members area's and sign-in's other characters, second in \`font-sans\`: not preloaded, and
 * fetched only by a page that shows one of the characters in its unicode-range.
 */
export const notoSansJpMembers = localFont({
  src: [${src("members")}],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-noto-sans-jp-members",
  declarations: [{ prop: "unicode-range", value: "${unicodeRange(members)}" }],
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
console.log(`${[...all].length} characters, ${[...reading].length} of them on the reading pages`);
