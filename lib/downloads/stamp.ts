import { readFile } from "node:fs/promises";
import path from "node:path";

import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, ParseSpeeds, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatJapaneseDate } from "@/lib/dates";

/**
 * A Noto Sans JP subset (ASCII plus the few kanji/kana a label uses) built by
 * scripts/build-stamp-font.ts. Stamping runs on every download, and parsing a
 * 14 KB font costs a fraction of what the full 5 MB font would.
 * Resolved from the working directory (the repository root under `next start`,
 * tsx and vitest) so that Next's file tracing sees a plain project path.
 */
const STAMP_FONT_PATH = path.join(process.cwd(), "lib", "downloads", "fonts", "sentaku-stamp.ttf");

const FONT_SIZE = 7;
const MIN_FONT_SIZE = 4;
// At least 12 mm (34 pt) from every edge, where home and convenience-store printers cut: the
// baseline sits on the generated PDFs' footer line (y = 38), and the sides keep clear of its site
// name and page number, so a long address shrinks rather than overlapping them.
const SIDE_MARGIN = 110;
const BOTTOM_OFFSET = 38;
const TEXT_COLOR = rgb(0.5, 0.5, 0.5);
const REPLACEMENT = "?";

interface StampFont {
  bytes: Uint8Array;
  characters: ReadonlySet<number>;
}

let stampFont: Promise<StampFont> | undefined;

function loadStampFont(): Promise<StampFont> {
  if (!stampFont) {
    stampFont = readFile(STAMP_FONT_PATH).then((buffer) => {
      const bytes = new Uint8Array(buffer);
      return { bytes, characters: new Set(fontkit.create(bytes).characterSet) };
    });
    // A failed read must not poison the cache for the life of the server.
    stampFont.catch(() => {
      stampFont = undefined;
    });
  }
  return stampFont;
}

/** Characters the subset cannot draw would show as empty boxes; "?" is honest. */
function toDrawable(text: string, characters: ReadonlySet<number>): string {
  let out = "";
  for (const ch of text.replace(/\s+/g, " ").trim()) {
    const cp = ch.codePointAt(0);
    out += cp !== undefined && characters.has(cp) ? ch : REPLACEMENT;
  }
  return out;
}

/** Draws `text` centred along the edge the reader sees as the bottom, whatever /Rotate says. */
function drawFooter(page: PDFPage, text: string, font: PDFFont): void {
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const edge = rotation === 90 || rotation === 270 ? box.height : box.width;
  // A very long address shrinks to fit rather than running off the page.
  const naturalWidth = font.widthOfTextAtSize(text, FONT_SIZE);
  const available = edge - 2 * SIDE_MARGIN;
  const size =
    naturalWidth > available ? Math.max(MIN_FONT_SIZE, (FONT_SIZE * available) / naturalWidth) : FONT_SIZE;
  const textWidth = font.widthOfTextAtSize(text, size);
  const options = { size, font, color: TEXT_COLOR };
  switch (rotation) {
    case 90:
      page.drawText(text, {
        ...options,
        x: box.x + box.width - BOTTOM_OFFSET,
        y: box.y + (box.height - textWidth) / 2,
        rotate: degrees(90),
      });
      break;
    case 180:
      page.drawText(text, {
        ...options,
        x: box.x + (box.width + textWidth) / 2,
        y: box.y + box.height - BOTTOM_OFFSET,
        rotate: degrees(180),
      });
      break;
    case 270:
      page.drawText(text, {
        ...options,
        x: box.x + BOTTOM_OFFSET,
        y: box.y + (box.height + textWidth) / 2,
        rotate: degrees(270),
      });
      break;
    default:
      page.drawText(text, {
        ...options,
        x: box.x + (box.width - textWidth) / 2,
        y: box.y + BOTTOM_OFFSET,
      });
  }
}

/**
 * Returns a copy of `original` with `text` as a small grey line at the bottom
 * of every page. The text is real text (with a ToUnicode map), so it stays
 * searchable and copyable. `original` is never modified.
 */
export async function stampPdf(original: Uint8Array, text: string): Promise<Uint8Array> {
  const font = await loadStampFont();
  // Fastest/Infinity: pdf-lib otherwise yields to a setTimeout every few
  // dozen objects, which costs more than the parsing itself.
  const doc = await PDFDocument.load(original, {
    parseSpeed: ParseSpeeds.Fastest,
    updateMetadata: false,
  });
  doc.registerFontkit(fontkit);
  const pdfFont = await doc.embedFont(font.bytes, {
    subset: true,
    customName: "SNTKST+SentakuStamp-Regular",
  });
  const line = toDrawable(text, font.characters);
  for (const page of doc.getPages()) drawFooter(page, line, pdfFont);
  // Classic xref instead of object streams: about 2 ms faster per call for ~10% more bytes.
  return doc.save({ objectsPerTick: Infinity, updateFieldAppearances: false, useObjectStreams: false });
}

/** 「member@example.jp さん専用 · 2026年11月24日」, the date as seen in Japan. */
export function stampLabel(email: string, date: Date): string {
  return `${email} さん専用 · ${formatJapaneseDate(date)}`;
}
