import subsetFont from "subset-font";

/**
 * The tiny TrueType font that lib/downloads/stamp.ts embeds into every member download.
 * Stamping happens per request, so the font it parses must be small: a full Noto Sans JP is 5 MB
 * and takes longer to parse than the whole stamp budget. This keeps only the glyphs a stamp label
 * can contain.
 */
export const STAMP_FONT_OUTPUT = "lib/downloads/fonts/sentaku-stamp.ttf";
export const STAMP_FONT_LICENSE_OUTPUT = "lib/downloads/fonts/OFL.txt";

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join(
  "",
);

/**
 * Characters a stamp label may contain. Email addresses are ASCII; the rest covers stampLabel()
 * plus a few spare words so the wording can change without rebuilding the font.
 */
export const STAMP_FONT_CHARACTERS = `${PRINTABLE_ASCII}年月日時分さん様専用メンバー限定配布·・：（）「」、。`;

/** The copyright, license description and license URL name records (the OFL asks to keep them). */
const LICENSE_NAME_IDS = [0, 13, 14];

/**
 * Subsets a static TrueType (glyf) font to `characters` with HarfBuzz (subset-font), which writes
 * a complete font file: cmap, name, OS/2 and post included. The output is the same bytes for the
 * same input, so the committed font can be checked against a fresh build.
 *
 * The layout and vertical tables go: pdf-lib would otherwise shape the label with GSUB features
 * the stamp does not want, and a footer line is never set vertically. HarfBuzz writes a short
 * loca only over glyphs padded to even lengths, so fontkit's subsetter (which pdf-lib runs again
 * when embedding, see padGlyphs in ./fonts) copies them correctly. The family name stays Noto Sans
 * JP (the OFL reserves no name for it); the PDF embeds it as "SentakuStamp" (lib/downloads/stamp.ts).
 */
export async function buildStampFont(source: Uint8Array, characters: string): Promise<Uint8Array> {
  const subset = await subsetFont(Buffer.from(source), characters, {
    targetFormat: "sfnt",
    noLayoutClosure: true,
    preserveNameIds: LICENSE_NAME_IDS,
    dropTables: ["BASE", "GDEF", "GPOS", "GSUB", "STAT", "vhea", "vmtx"],
  });
  return new Uint8Array(subset);
}
