/**
 * Renders the member PDFs from content/downloads/sources/*.ts into
 * content/downloads/files/<slug>.pdf, writes content/downloads/manifest.json,
 * and rebuilds the stamp font (lib/downloads/fonts/sentaku-stamp.ttf).
 * The layout engine is lib/downloads/pdf/.
 *
 * Run: npx tsx scripts/build-pdfs.ts
 *
 * Needs the Noto Sans JP TrueType files from the npm package
 * @expo-google-fonts/noto-sans-jp (see lib/downloads/pdf/fonts.ts). Only this
 * script reads them: the outputs are committed, so the app never needs them.
 * The output is deterministic (fixed dates, no random IDs), so rebuilding
 * unchanged sources leaves the committed files untouched.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import { SOURCES } from "@/content/downloads/sources";
import { renderPdf } from "@/lib/downloads/pdf/document";
import { loadDocumentFonts } from "@/lib/downloads/pdf/fonts";
import { manifestEntry, type ManifestEntry } from "@/lib/downloads/pdf/manifest";
import { writeStampFont } from "./build-stamp-font";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FILES_DIR = path.join(ROOT, "content/downloads/files");
const MANIFEST_PATH = path.join(ROOT, "content/downloads/manifest.json");

const fontBytes = await loadDocumentFonts(ROOT);
await mkdir(FILES_DIR, { recursive: true });
const manifest: ManifestEntry[] = [];
for (const source of [...SOURCES].sort((a, b) => a.order - b.order)) {
  const entry = manifestEntry(source);
  const bytes = await renderPdf(source, fontBytes);
  await writeFile(path.join(FILES_DIR, entry.storageKey), bytes);
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  console.log(`wrote content/downloads/files/${entry.storageKey} (${pages} pages, ${bytes.length} bytes)`);
  manifest.push(entry);
}
await writeFile(MANIFEST_PATH, `${JSON.stringify({ downloads: manifest }, null, 2)}\n`);
console.log("wrote content/downloads/manifest.json");

const stamp = await writeStampFont(ROOT);
console.log(`wrote ${path.relative(ROOT, stamp.path)} (${stamp.bytes} bytes)`);
