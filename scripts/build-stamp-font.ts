/**
 * Builds the tiny TrueType font that lib/downloads/stamp.ts embeds into every
 * member download. Stamping happens per request, so the font it parses must be
 * small: a full Noto Sans JP is 5 MB and takes longer to parse than the whole
 * stamp budget. This keeps only the glyphs a stamp label can contain.
 *
 * Run: npx tsx scripts/build-stamp-font.ts   (also run by scripts/build-pdfs.ts)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fontkit, { type SubsetStream } from "@pdf-lib/fontkit";

/**
 * Noto Sans JP as static TrueType files, from the npm package
 * @expo-google-fonts/noto-sans-jp (SIL OFL 1.1). Only the build scripts read
 * these; the generated PDFs and the stamp subset are committed.
 */
const FONT_PACKAGE = "node_modules/@expo-google-fonts/noto-sans-jp";
export const NOTO_SANS_JP_REGULAR = `${FONT_PACKAGE}/400Regular/NotoSansJP_400Regular.ttf`;
export const NOTO_SANS_JP_BOLD = `${FONT_PACKAGE}/700Bold/NotoSansJP_700Bold.ttf`;
export const FONT_LICENSE_FILE = `${FONT_PACKAGE}/LICENSE_FONT`;

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join(
  "",
);

/**
 * Characters a stamp label may contain. Email addresses are ASCII; the rest
 * covers stampLabel() plus a few spare words so the wording can change without
 * rebuilding the font.
 */
export const STAMP_FONT_CHARACTERS = `${PRINTABLE_ASCII}年月日時分さん様専用会員限定配布·・：（）「」、。`;

export const STAMP_FONT_FAMILY = "SentakuStamp";
export const STAMP_FONT_OUTPUT = "lib/downloads/fonts/sentaku-stamp.ttf";
export const STAMP_FONT_LICENSE_OUTPUT = "lib/downloads/fonts/OFL.txt";

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
 * loca table. fontkit's subsetter (used by pdf-lib and by buildStampFont)
 * copies glyphs byte for byte and then writes a short loca, which stores
 * offsets halved: an odd-length glyph shifts every glyph after it, and those
 * render as nothing. Noto Sans JP Bold has many odd-length glyphs.
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

/** cmap with a single format 4 subtable (Windows, Unicode BMP). */
function buildCmap(mapping: ReadonlyMap<number, number>): Uint8Array {
  const codePoints = [...mapping.keys()].sort((a, b) => a - b);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const cp of codePoints) {
    const gid = mapping.get(cp) ?? 0;
    const last = segments.at(-1);
    if (last && cp === last.end + 1 && gid === ((cp + last.delta) & 0xffff)) {
      last.end = cp;
    } else {
      segments.push({ start: cp, end: cp, delta: (gid - cp) & 0xffff });
    }
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });

  const segCount = segments.length;
  const subtableLength = 16 + segCount * 8;
  const out = new Uint8Array(12 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // numTables
  view.setUint16(4, 3); // platform: Windows
  view.setUint16(6, 1); // encoding: Unicode BMP
  view.setUint32(8, 12);

  const s = 12;
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 * 2 ** entrySelector;
  view.setUint16(s, 4);
  view.setUint16(s + 2, subtableLength);
  view.setUint16(s + 4, 0);
  view.setUint16(s + 6, segCount * 2);
  view.setUint16(s + 8, searchRange);
  view.setUint16(s + 10, entrySelector);
  view.setUint16(s + 12, segCount * 2 - searchRange);
  const endCodes = s + 14;
  const startCodes = endCodes + segCount * 2 + 2; // +2: reservedPad
  const deltas = startCodes + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  segments.forEach((seg, i) => {
    view.setUint16(endCodes + i * 2, seg.end);
    view.setUint16(startCodes + i * 2, seg.start);
    view.setUint16(deltas + i * 2, seg.delta);
    view.setUint16(rangeOffsets + i * 2, 0);
  });
  return out;
}

function buildName(records: ReadonlyMap<number, string>): Uint8Array {
  const ids = [...records.keys()].sort((a, b) => a - b);
  const encoded = ids.map((id) => {
    const text = records.get(id) ?? "";
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i));
    return { id, bytes };
  });
  const storageOffset = 6 + encoded.length * 12;
  const storageLength = encoded.reduce((sum, r) => sum + r.bytes.length, 0);
  const out = new Uint8Array(storageOffset + storageLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, encoded.length);
  view.setUint16(4, storageOffset);
  let stringOffset = 0;
  encoded.forEach((r, i) => {
    const rec = 6 + i * 12;
    view.setUint16(rec, 3); // Windows
    view.setUint16(rec + 2, 1); // Unicode BMP
    view.setUint16(rec + 4, 0x0409); // en-US
    view.setUint16(rec + 6, r.id);
    view.setUint16(rec + 8, r.bytes.length);
    view.setUint16(rec + 10, stringOffset);
    out.set(r.bytes, storageOffset + stringOffset);
    stringOffset += r.bytes.length;
  });
  return out;
}

function collect(stream: SubsetStream): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const total = chunks.reduce((sum, c) => sum + c.length, 0);
      const out = new Uint8Array(total);
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      resolve(out);
    });
  });
}

/**
 * Subsets a static TrueType (glyf) font to `characters` and returns a
 * standalone font file with cmap, name, OS/2 and post, which fontkit's own
 * subsetter leaves out because it only targets PDF embedding.
 */
export async function buildStampFont(source: Uint8Array, characters: string): Promise<Uint8Array> {
  const padded = padGlyphs(source);
  const font = fontkit.create(padded);
  const subset = font.createSubset();
  const cmap = new Map<number, number>();
  for (const ch of new Set(characters)) {
    const cp = ch.codePointAt(0);
    if (cp === undefined || cp > 0xffff) continue;
    if (!font.hasGlyphForCodePoint(cp)) throw new Error(`source font has no glyph for U+${cp.toString(16)}`);
    cmap.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp).id));
  }

  const original = readTables(padded);
  const subsetTables = readTables(await collect(subset.encodeStream()));
  const tables: TableMap = new Map();
  for (const tag of ["glyf", "head", "hhea", "hmtx", "loca", "maxp"]) {
    const data = subsetTables.get(tag);
    if (!data) throw new Error(`subset is missing its ${tag} table`);
    tables.set(tag, data);
  }
  tables.set("cmap", buildCmap(cmap));

  const os2 = original.get("OS/2");
  if (!os2) throw new Error("source font has no OS/2 table");
  const os2Copy = os2.slice();
  const codePoints = [...cmap.keys()].sort((a, b) => a - b);
  new DataView(os2Copy.buffer).setUint16(64, codePoints[0] ?? 0x20);
  new DataView(os2Copy.buffer).setUint16(66, codePoints.at(-1) ?? 0x20);
  tables.set("OS/2", os2Copy);

  const post = original.get("post");
  if (!post) throw new Error("source font has no post table");
  // Version 3 post: keep the metrics header, drop glyph names (they no longer match).
  const postCopy = post.slice(0, 32);
  new DataView(postCopy.buffer).setUint32(0, 0x00030000);
  tables.set("post", postCopy);

  const copyright = font.copyright ?? "";
  const license = "This Font Software is licensed under the SIL Open Font License, Version 1.1.";
  const licenseUrl = "https://openfontlicense.org";
  // A renamed family so the subset is never mistaken for the full Noto Sans JP.
  tables.set(
    "name",
    buildName(
      new Map([
        [0, copyright],
        [1, STAMP_FONT_FAMILY],
        [2, "Regular"],
        [3, `${STAMP_FONT_FAMILY}-Regular; subset of ${font.postscriptName ?? "Noto Sans JP"}`],
        [4, `${STAMP_FONT_FAMILY} Regular`],
        [5, font.version ?? "Version 1.0"],
        [6, `${STAMP_FONT_FAMILY}-Regular`],
        [13, license],
        [14, licenseUrl],
      ]),
    ),
  );
  return writeSfnt(tables);
}

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
