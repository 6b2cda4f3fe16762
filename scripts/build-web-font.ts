/**
 * Writes the site's web font subsets (app/fonts/noto-sans-jp-{400,700}.woff2) and the list of
 * characters they hold (app/fonts/characters.txt); see lib/content/web-font.ts for why.
 * tests/unit/articles-web-font.test.ts fails when a page gains a character the fonts lack.
 *
 * Run: npx tsx scripts/build-web-font.ts   (after changing an article, a prompt or UI text)
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildWebFont,
  siteCharacters,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_WEIGHTS,
  webFontFile,
} from "@/lib/content/web-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const characters = siteCharacters(root);
await writeFile(path.join(root, WEB_FONT_CHARACTERS_FILE), `${characters}\n`);
for (const { weight, source } of WEB_FONT_WEIGHTS) {
  const font = await buildWebFont(await readFile(path.join(root, source)), characters);
  await writeFile(path.join(root, webFontFile(weight)), font);
  console.log(`wrote ${webFontFile(weight)} (${(font.length / 1024).toFixed(1)} KiB)`);
}
// The fonts are SIL OFL 1.1; the license travels with them.
await writeFile(
  path.join(root, "app/fonts/OFL.txt"),
  await readFile(path.join(root, "node_modules/@expo-google-fonts/noto-sans-jp/LICENSE_FONT")),
);
console.log(`${[...characters].length} characters in ${WEB_FONT_CHARACTERS_FILE}`);
