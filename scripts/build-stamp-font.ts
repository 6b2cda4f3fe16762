/**
 * Writes the stamp font (lib/downloads/fonts/sentaku-stamp.ttf) and its license; see
 * lib/downloads/pdf/stamp-font.ts for what goes in it.
 *
 * Run: npx tsx scripts/build-stamp-font.ts   (also run by scripts/build-pdfs.ts)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FONT_LICENSE_FILE, NOTO_SANS_JP_REGULAR } from "@/lib/downloads/pdf/fonts";
import {
  buildStampFont,
  STAMP_FONT_CHARACTERS,
  STAMP_FONT_LICENSE_OUTPUT,
  STAMP_FONT_OUTPUT,
} from "@/lib/downloads/pdf/stamp-font";

export async function writeStampFont(root: string): Promise<{ path: string; bytes: number }> {
  const source = await readFile(path.join(root, NOTO_SANS_JP_REGULAR));
  const font = await buildStampFont(source, STAMP_FONT_CHARACTERS);
  const output = path.join(root, STAMP_FONT_OUTPUT);
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, font);
  await writeFile(
    path.join(root, STAMP_FONT_LICENSE_OUTPUT),
    await readFile(path.join(root, FONT_LICENSE_FILE)),
  );
  return { path: output, bytes: font.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const result = await writeStampFont(root);
  console.log(`wrote ${path.relative(root, result.path)} (${result.bytes} bytes)`);
}
