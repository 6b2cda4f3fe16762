import "server-only";
import path from "node:path";
import { loadDocumentFonts } from "@/lib/downloads/pdf/fonts";

// The year book sets her own words, any character she typed, so it needs the whole Noto Sans JP,
// not the stamp's subset. Read and padded once per process (10 MB, a few hundred ms), kept for the
// next book; pdf-lib subsets what each book uses.
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

export function bookFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  if (!fonts) {
    fonts = loadDocumentFonts(process.cwd());
    // A failed read must not poison the cache for the life of the server.
    fonts.catch(() => {
      fonts = undefined;
    });
  }
  return fonts;
}
