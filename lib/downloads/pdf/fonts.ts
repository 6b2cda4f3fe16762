import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Noto Sans JP as static TrueType files, from the npm package
 * @expo-google-fonts/noto-sans-jp (SIL OFL 1.1): the build scripts read them (the generated
 * PDFs and the stamp subset are committed), and so does the year book at run time, which sets
 * her own text in any character (so the package is a dependency, not a devDependency).
 */
const FONT_PACKAGE = "node_modules/@expo-google-fonts/noto-sans-jp";
export const NOTO_SANS_JP_REGULAR = `${FONT_PACKAGE}/400Regular/NotoSansJP_400Regular.ttf`;
export const NOTO_SANS_JP_BOLD = `${FONT_PACKAGE}/700Bold/NotoSansJP_700Bold.ttf`;
export const FONT_LICENSE_FILE = `${FONT_PACKAGE}/LICENSE_FONT`;

type TableMap = Map<string, Uint8Array>;

function readTables(font: Uint8Array): TableMap {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables: TableMap = new Map();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    // A copy, not a view: Node's Buffer#slice would alias the source.
    tables.set(tag, new Uint8Array(font.subarray(offset, offset + length)));
  }
  return tables;
}

function tableChecksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: TableMap): Uint8Array {
  const tags = [...tables.keys()].sort();
  const numTables = tags.length;
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const headerLength = 12 + numTables * 16;
  let total = headerLength;
  for (const tag of tags) total += ((tables.get(tag)?.length ?? 0) + 3) & ~3;

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, numTables);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, numTables * 16 - searchRange);

  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? new Uint8Array();
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, tableChecksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    out.set(data, offset);
    if (tag === "head") headOffset = offset;
    offset += (data.length + 3) & ~3;
  });

  if (headOffset >= 0) {
    // The spec's whole-file checksum: computed with the field zeroed, then stored.
    view.setUint32(headOffset + 8, 0);
    view.setUint32(headOffset + 8, (0xb1b0afba - tableChecksum(out)) >>> 0);
  }
  return out;
}

/**
 * Returns the font with every glyph padded to a 4-byte boundary and a long
 * loca table. fontkit's subsetter (which pdf-lib runs on every embedded font)
 * copies glyphs byte for byte and then writes a short loca, which stores
 * offsets halved: an odd-length glyph shifts every glyph after it, and those
 * render as nothing. Noto Sans JP Bold has many odd-length glyphs.
 *
 * Kept by hand, with the table reading and writing above, although
 * subset-font could also hand pdf-lib a safe font (HarfBuzz pads glyphs when it
 * writes a short loca; the stamp font relies on that): re-encoding the
 * document fonts through HarfBuzz (keepAllGlyphs, tried on 2026-12-02) changed
 * every committed PDF's bytes and some rendered pixels, while this padding
 * leaves the glyph data as Noto ships it and the PDFs byte-identical.
 */
export function padGlyphs(source: Uint8Array): Uint8Array {
  const tables = readTables(source);
  const head = tables.get("head");
  const maxp = tables.get("maxp");
  const loca = tables.get("loca");
  const glyf = tables.get("glyf");
  if (!head || !maxp || !loca || !glyf) throw new Error("not a TrueType (glyf) font");
  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const numGlyphs = new DataView(maxp.buffer, maxp.byteOffset, maxp.byteLength).getUint16(4);
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const longLoca = headView.getInt16(50) === 1;
  const offsetAt = (i: number): number =>
    longLoca ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2;

  let total = 0;
  for (let i = 0; i < numGlyphs; i++) total += (offsetAt(i + 1) - offsetAt(i) + 3) & ~3;
  const newGlyf = new Uint8Array(total);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const newLocaView = new DataView(newLoca.buffer);
  let offset = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newLocaView.setUint32(i * 4, offset);
    const start = offsetAt(i);
    const end = offsetAt(i + 1);
    newGlyf.set(glyf.subarray(start, end), offset);
    offset += (end - start + 3) & ~3;
  }
  newLocaView.setUint32(numGlyphs * 4, offset);

  const newHead = head.slice();
  new DataView(newHead.buffer).setInt16(50, 1);
  tables.set("head", newHead);
  tables.set("loca", newLoca);
  tables.set("glyf", newGlyf);
  return writeSfnt(tables);
}

/** Both weights of Noto Sans JP, ready for pdf-lib to embed (see padGlyphs). */
export async function loadDocumentFonts(root: string): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  return {
    regular: padGlyphs(await readFile(path.join(root, NOTO_SANS_JP_REGULAR))),
    bold: padGlyphs(await readFile(path.join(root, NOTO_SANS_JP_BOLD))),
  };
}

/**
 * The font without the named tables. The year book (lib/insights/book) drops the OpenType layout
 * tables: with GSUB and GPOS present fontkit runs its full shaper on every measured or drawn
 * string, which was most of a 10,000-entry book's time, and horizontal Japanese prose needs none
 * of their features (vertical forms, Latin kerning) to read well.
 */
export function dropTables(font: Uint8Array, tags: readonly string[]): Uint8Array {
  const tables = readTables(font);
  for (const tag of tags) tables.delete(tag);
  return writeSfnt(tables);
}
