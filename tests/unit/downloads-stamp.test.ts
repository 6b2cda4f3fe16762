import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";

import { stampLabel, stampPdf } from "@/lib/downloads/stamp";

const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
const needsPdftotext = hasPdftotext
  ? ""
  : " [SKIPPED: pdftotext is not installed; apt-get install poppler-utils to run it]";

const EMAIL = "member@example.jp";
const LABEL = stampLabel(EMAIL, new Date("2026-11-24T03:00:00Z"));
const work = mkdtempSync(path.join(tmpdir(), "stamp-test-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function pageText(pdf: Uint8Array, page: number): string {
  const file = path.join(work, `in-${process.hrtime.bigint()}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", file, "-"], {
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** A four-page document with one rotated page, so the stamp is tested beyond our own PDFs. */
async function fourPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 4; i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Page ${i}`, { x: 72, y: 760, size: 24, font });
    if (i === 3) page.setRotation(degrees(90));
  }
  return doc.save();
}

const committed = new Uint8Array(
  readFileSync(path.join("content", "downloads", "files", "fukugyo-checklist.pdf")),
);

describe("stampLabel", () => {
  it("formats the email and the date in Japanese", () => {
    expect(LABEL).toBe("member@example.jp さん専用 · 2026年11月24日");
  });

  it("uses the date in Asia/Tokyo, not the server's time zone", () => {
    // 15:30 UTC on the 24th is already 00:30 on the 25th in Tokyo.
    expect(stampLabel(EMAIL, new Date("2026-11-24T15:30:00Z"))).toBe(
      "member@example.jp さん専用 · 2026年11月25日",
    );
    expect(stampLabel(EMAIL, new Date("2026-12-31T14:59:59Z"))).toBe(
      "member@example.jp さん専用 · 2026年12月31日",
    );
  });
});

describe("stampPdf", () => {
  for (const [name, load] of [
    ["a committed member PDF", () => Promise.resolve(committed)],
    ["a four-page PDF with a rotated page", fourPagePdf],
  ] as const) {
    describe(name, () => {
      it("returns a valid PDF with the same pages and leaves the input untouched", async () => {
        const input = await load();
        const before = Uint8Array.from(input);
        const output = await stampPdf(input, LABEL);

        expect(new TextDecoder().decode(output.subarray(0, 5))).toBe("%PDF-");
        expect(output).not.toBe(input);
        expect(Buffer.from(input).equals(Buffer.from(before))).toBe(true);
        const [original, stamped] = await Promise.all([PDFDocument.load(input), PDFDocument.load(output)]);
        expect(stamped.getPageCount()).toBe(original.getPageCount());
      });

      it.skipIf(!hasPdftotext)(`puts the label as real text on every page${needsPdftotext}`, async () => {
        const output = await stampPdf(await load(), LABEL);
        const pages = (await PDFDocument.load(output)).getPageCount();
        for (let page = 1; page <= pages; page++) {
          const text = pageText(output, page);
          expect(text, `page ${page}`).toContain(EMAIL);
          expect(text, `page ${page}`).toContain("さん専用");
          expect(text, `page ${page}`).toContain("2026年11月24日");
        }
      });
    });
  }

  it.skipIf(!hasPdftotext)(
    `keeps the stamp at least 12 mm (34 pt) from every edge, where printers cut${needsPdftotext}`,
    async () => {
      for (const [input, label] of [
        [committed, LABEL],
        [await fourPagePdf(), LABEL],
        [committed, stampLabel(`${"a-very-long-mailbox-name.".repeat(4)}m@example.jp`, new Date())],
      ] as const) {
        const file = path.join(work, `bbox-${process.hrtime.bigint()}.pdf`);
        writeFileSync(file, await stampPdf(input, label));
        const result = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
        expect(result.status, result.stderr).toBe(0);
        const pages = result.stdout.split("<page ").slice(1);
        expect(pages.length).toBeGreaterThan(0);
        for (const [index, page] of pages.entries()) {
          const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
          const width = Number(size?.[1]);
          const height = Number(size?.[2]);
          // The stamp's words: the ones holding the address's "@" and the date's 年.
          const words = [
            ...page.matchAll(
              /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
            ),
          ].filter((m) => m[5]?.includes("@") || m[5]?.includes("年") || m[5]?.includes("さん専用"));
          expect(words.length, `page ${index + 1}`).toBeGreaterThan(0);
          for (const [, x0, y0, x1, y1, text] of words) {
            const margins = [Number(x0), Number(y0), width - Number(x1), height - Number(y1)];
            expect(
              Math.min(...margins),
              `page ${index + 1}: ${text} ${margins.join(",")}`,
            ).toBeGreaterThanOrEqual(34);
          }
        }
      }
    },
  );

  it("can stamp its own output again (each copy is independent)", async () => {
    const once = await stampPdf(committed, LABEL);
    const twice = await stampPdf(once, "second@example.jp");
    expect((await PDFDocument.load(twice)).getPageCount()).toBe(
      (await PDFDocument.load(committed)).getPageCount(),
    );
  });

  it.skipIf(!hasPdftotext)(`keeps a very long address whole on the page${needsPdftotext}`, async () => {
    const long = `${"a-very-long-mailbox-name.".repeat(4)}member@subdomain.example.co.jp`;
    const output = await stampPdf(committed, stampLabel(long, new Date("2026-11-24T03:00:00Z")));
    // Shrunken text may come back with extra spaces; what matters is that no character is lost.
    expect(pageText(output, 1).replace(/\s+/g, "")).toContain(long);
  });

  it.skipIf(!hasPdftotext)(
    `draws characters the stamp font lacks as "?" instead of failing${needsPdftotext}`,
    async () => {
      const output = await stampPdf(committed, "山田 member@example.jp");
      const text = pageText(output, 1);
      expect(text).toContain("?? member@example.jp");
    },
  );
});
