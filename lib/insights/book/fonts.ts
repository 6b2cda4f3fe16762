import { dropTables, loadDocumentFonts } from "@/lib/downloads/pdf/fonts";

/** Tables the book does without (see dropTables): shaping and vertical writing. */
export const BOOK_DROPPED_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"] as const;

/** Both weights of Noto Sans JP as the book embeds them. */
export async function loadBookFonts(root: string): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const { regular, bold } = await loadDocumentFonts(root);
  return { regular: dropTables(regular, BOOK_DROPPED_TABLES), bold: dropTables(bold, BOOK_DROPPED_TABLES) };
}

// The year book sets her own words, any character she typed, so it needs the whole Noto Sans JP,
// not the stamp's subset. Read and padded once per process (10 MB, a few hundred ms), kept for the
// next book; pdf-lib subsets what each book uses.
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

export function bookFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  if (!fonts) {
    fonts = loadBookFonts(process.cwd());
    // A failed read must not poison the cache for the life of the server.
    fonts.catch(() => {
      fonts = undefined;
    });
  }
  return fonts;
}
