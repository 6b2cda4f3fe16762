import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";

import { SOURCES } from "@/content/downloads/sources";
import { renderPdf } from "@/lib/downloads/pdf/document";
import { loadDocumentFonts, NOTO_SANS_JP_BOLD, NOTO_SANS_JP_REGULAR } from "@/lib/downloads/pdf/fonts";
import { manifestEntry } from "@/lib/downloads/pdf/manifest";
import { buildStampFont, STAMP_FONT_CHARACTERS, STAMP_FONT_OUTPUT } from "@/lib/downloads/pdf/stamp-font";

const ROOT = process.cwd();
const FILES = path.join(ROOT, "content", "downloads", "files");

interface Entry {
  slug: string;
  title: string;
  description: string;
  fileName: string;
  mimeType: string;
  storageKey: string;
  publishedAt: string;
  order: number;
}

const manifest = JSON.parse(
  readFileSync(path.join(ROOT, "content", "downloads", "manifest.json"), "utf8"),
) as {
  downloads: Entry[];
};

const has = (tool: string): boolean => spawnSync(tool, ["-v"]).error === undefined;
const hasPoppler = has("pdftoppm") && has("pdftotext");
const needsPoppler = hasPoppler
  ? ""
  : " [SKIPPED: pdftoppm/pdftotext are not installed; apt-get install poppler-utils to run it]";

const work = mkdtempSync(path.join(tmpdir(), "pdfs-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("content/downloads/manifest.json", () => {
  it("lists both member PDFs, in order, with the fields the catalogue sync reads", () => {
    expect(manifest.downloads.map((d) => d.slug)).toEqual(["fukugyo-checklist", "tsuyomi-worksheet"]);
    for (const entry of manifest.downloads) {
      expect(entry.mimeType).toBe("application/pdf");
      expect(entry.storageKey).toBe(`${entry.slug}.pdf`);
      expect(entry.fileName).toBe(`${entry.title}.pdf`);
      expect(entry.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.description.length).toBeGreaterThan(20);
      // The sync computes these from the file; a copy here could only go stale.
      expect(entry).not.toHaveProperty("size");
      expect(entry).not.toHaveProperty("sha256");
      expect(entry).not.toHaveProperty("pageCount");
    }
  });
});

describe.each(manifest.downloads)("$storageKey", (entry) => {
  const file = path.join(FILES, entry.storageKey);

  it("exists, is a PDF of at least two A4 pages, and carries its metadata", async () => {
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
    expect(doc.getTitle()).toBe(entry.title);
    expect(doc.getAuthor()).toBe("Sentaku");
    const lang = doc.catalog.lookupMaybe(PDFName.of("Lang"), PDFString);
    expect(lang?.decodeText()).toBe("ja");
  });

  it.skipIf(!hasPoppler)(`renders page 1 and has extractable Japanese text${needsPoppler}`, () => {
    const prefix = path.join(work, entry.slug);
    const render = spawnSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", file, prefix], {
      encoding: "utf8",
    });
    expect(render.status, render.stderr).toBe(0);
    expect(render.stderr).toBe("");
    expect(existsSync(`${prefix}-1.png`)).toBe(true);

    // Finding the title proves the Japanese font is embedded with a ToUnicode map.
    const text = spawnSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(entry.title);
  });
});

describe("the stamp font (lib/downloads/fonts)", () => {
  it("is small and draws every character a stamp label may contain", () => {
    const bytes = readFileSync(path.join(ROOT, STAMP_FONT_OUTPUT));
    expect(bytes.length).toBeLessThan(100_000);
    const font = fontkit.create(bytes);
    const missing = [...STAMP_FONT_CHARACTERS].filter(
      (ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0).id === 0,
    );
    expect(missing).toEqual([]);
  });
});

// The generators need Noto Sans JP from the npm package @expo-google-fonts/noto-sans-jp.
const hasSourceFonts = [NOTO_SANS_JP_REGULAR, NOTO_SANS_JP_BOLD].every((f) => existsSync(path.join(ROOT, f)));
const needsFonts = hasSourceFonts
  ? ""
  : " [SKIPPED: @expo-google-fonts/noto-sans-jp is not installed, so the files cannot be regenerated]";

describe("committed files are up to date with their sources (run `npx tsx scripts/build-pdfs.ts`)", () => {
  it("manifest.json matches content/downloads/sources", () => {
    const expected = [...SOURCES].sort((a, b) => a.order - b.order).map(manifestEntry);
    expect(manifest.downloads).toEqual(expected);
  });

  it.skipIf(!hasSourceFonts)(
    `each PDF is byte-identical to a fresh render${needsFonts}`,
    async () => {
      const fonts = await loadDocumentFonts(ROOT);
      for (const source of SOURCES) {
        const fresh = await renderPdf(source, fonts);
        const committed = readFileSync(path.join(FILES, `${source.slug}.pdf`));
        expect(Buffer.from(fresh).equals(committed), `${source.slug}.pdf is stale`).toBe(true);
      }
    },
    60_000,
  );

  it.skipIf(!hasSourceFonts)(
    `the stamp font is byte-identical to a fresh build${needsFonts}`,
    async () => {
      const source = readFileSync(path.join(ROOT, NOTO_SANS_JP_REGULAR));
      const fresh = await buildStampFont(source, STAMP_FONT_CHARACTERS);
      expect(Buffer.from(fresh).equals(readFileSync(path.join(ROOT, STAMP_FONT_OUTPUT)))).toBe(true);
    },
    60_000,
  );
});
