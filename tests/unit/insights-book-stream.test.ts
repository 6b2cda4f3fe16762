// The year book as a stream (lib/insights/book): bytes go out before the book is finished, the
// streamed file is a whole PDF with its bookmarks and contents links, a failure part-way fails the
// download, and the one-book-at-a-time turn is given back however the download ends.
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import type { BookMonth } from "@/lib/insights/book/entries";
import { loadBookFonts } from "@/lib/insights/book/fonts";
import { renderBookInWorker } from "@/lib/insights/book/in-worker";
import { waitForTurn } from "@/lib/insights/book/one-at-a-time";
import { type BookInput, renderBook, renderBookStream } from "@/lib/insights/book/render";
import { bookBody } from "@/lib/insights/book/stream";
import type { EntryDetail } from "@/lib/journal/types";

vi.mock("server-only", () => ({}));

const MONTHS: BookMonth[] = [
  { month: "2026-09", entries: 40 },
  { month: "2026-10", entries: 40 },
  { month: "2026-11", entries: 40 },
];

function entry(month: string, i: number): EntryDetail {
  const day = String((i % 28) + 1).padStart(2, "0");
  return {
    id: `${month}-${i}`,
    title: i % 2 === 0 ? `${month}の見出し${i}` : null,
    body: `${month}-本文${i}。仕事と家族の両立について、今日考えたことを書いておく。`.repeat(4),
    entryDate: `${month}-${day}`,
    mood: (i % 5) + 1,
    promptId: null,
    promptText: i % 3 === 0 ? "最近、時間を忘れて取り組めたことは何ですか？" : null,
    values: i % 2 === 0 ? ["family"] : ["growth", "custom:副業"],
    createdAt: new Date(Date.UTC(2026, 10, 1)),
    updatedAt: new Date(Date.UTC(2026, 10, 1)),
  };
}

let fonts: BookInput["fonts"];

beforeAll(async () => {
  fonts = await loadBookFonts(process.cwd());
});

function input(entriesOf: BookInput["entriesOf"]): BookInput {
  return {
    period: { kind: "range", from: "2026-09-01", to: "2026-11-30", label: "2026年9月〜11月", slug: "t" },
    months: MONTHS,
    entriesOf,
    summary: { moods: [{ mood: 5, entries: 24 }], noMood: 0, values: [{ key: "family", entries: 60 }] },
    createdAt: new Date(Date.UTC(2026, 10, 25, 3)),
    fonts,
  };
}

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the streamed year book", () => {
  it("sends its first pages before the last month is read", async () => {
    const last = gate();
    let lastAsked = false;
    const book = renderBookStream(
      input(async (month) => {
        if (month === "2026-11") {
          lastAsked = true;
          await last.opened;
        }
        return Array.from({ length: 40 }, (_, i) => entry(month, i));
      }),
    );
    const reader = bookBody(book, () => undefined).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The PDF's header came out while November is still held back.
    expect(new TextDecoder().decode(first.value?.slice(0, 8))).toBe("%PDF-1.7");
    const received = [first.value ?? new Uint8Array()];
    let beforeNovember = 0;
    for (;;) {
      // Let the stream pull ahead: it typesets up to November's read, or up to its next chunk.
      await new Promise((resolve) => setImmediate(resolve));
      if (lastAsked) break;
      const next = await reader.read();
      if (next.done || !next.value) break;
      received.push(next.value);
    }
    for (const chunk of received) beforeNovember += chunk.byteLength;
    expect(lastAsked).toBe(true);
    // September's and October's pages are out: one content stream object per page at least.
    const objects = new TextDecoder("latin1").decode(Buffer.concat(received)).match(/ 0 obj\n/g) ?? [];
    expect(objects.length).toBeGreaterThan(10);
    expect(beforeNovember).toBeGreaterThan(10_000);
    last.open();
    for (let next = await reader.read(); !next.done; next = await reader.read()) received.push(next.value);
    const text = pdfText(Buffer.concat(received)).replace(/\s+/g, "");
    for (const month of ["2026-09", "2026-10", "2026-11"]) {
      expect(text).toContain(`${month}-本文0。`);
      expect(text).toContain(`${month}-本文39。`);
    }
  });

  it("is a whole PDF: bookmarks, contents links to the months, n / N footers", async () => {
    const bytes = await renderBook(input((month) => Array.from({ length: 40 }, (_, i) => entry(month, i))));
    const doc = await PDFDocument.load(bytes);
    const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    expect(outlines.get(PDFName.of("Count"))?.toString()).toBe("6");
    const contents = doc.getPage(1);
    const annots = contents.node.lookup(PDFName.of("Annots"), PDFArray);
    expect(annots.size()).toBe(4);
    const pages = doc.getPageCount();
    const text = pdfText(bytes);
    expect(text).toContain("目次");
    expect(text).toContain(`1 / ${pages}`);
    expect(text).toContain(`${pages} / ${pages}`);
    expect(text.replace(/\s+/g, "")).toContain("価値観のまとめ");
  });

  it("fails the download when a month cannot be read part-way, and gives the turn back", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const release = vi.fn();
    const book = renderBookStream(
      input((month) => {
        if (month === "2026-11") throw new Error("彼女-秘密の本文 could not be read");
        return Array.from({ length: 40 }, (_, i) => entry(month, i));
      }),
    );
    const reader = bookBody(book, release).getReader();
    let bytes = 0;
    const failure = await (async () => {
      try {
        for (let next = await reader.read(); !next.done; next = await reader.read())
          bytes += next.value.byteLength;
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    expect(bytes).toBeGreaterThan(0);
    expect(failure).toBeInstanceOf(Error);
    expect(release).toHaveBeenCalled();
    // One line, the kind of failure only: no stack, nothing of her words.
    expect(error).toHaveBeenCalledTimes(1);
    const line = String(error.mock.calls[0]?.[0]);
    expect(line).toContain("year book failed part-way");
    expect(line).not.toContain("秘密");
    expect(line).not.toContain("\n");
  });

  it("gives the turn back when she cancels, and stops typesetting", async () => {
    let asked = 0;
    const release = vi.fn();
    const book = renderBookStream(
      input((month) => {
        asked++;
        return Array.from({ length: 40 }, (_, i) => entry(month, i));
      }),
    );
    const reader = bookBody(book, release).getReader();
    await reader.read();
    await reader.cancel();
    expect(release).toHaveBeenCalled();
    expect(asked).toBeLessThan(MONTHS.length);
  });

  it("gives the turn back when nobody reads the body", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const release = await waitForTurn();
    const book = renderBookStream(input((month) => Array.from({ length: 40 }, (_, i) => entry(month, i))));
    bookBody(book, release, 50);
    // The next book gets its turn although the first body is never read.
    const next = await waitForTurn();
    next();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("is typeset in a worker thread, her entries read on the server's thread", async () => {
    const asked: string[] = [];
    const chunks: Uint8Array[] = [];
    for await (const chunk of renderBookInWorker(
      input((month) => {
        asked.push(month);
        return Array.from({ length: 40 }, (_, i) => entry(month, i));
      }),
    ))
      chunks.push(chunk);
    expect(asked).toEqual(["2026-09", "2026-10", "2026-11"]);
    const bytes = Buffer.concat(chunks);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(10);
    const text = pdfText(bytes).replace(/\s+/g, "");
    expect(text).toContain("2026-11-本文39。");
  }, 30_000);

  it("fails the worker's book when a month cannot be read", async () => {
    const failing = renderBookInWorker(
      input((month) => {
        if (month === "2026-10") throw new Error("no database");
        return Array.from({ length: 40 }, (_, i) => entry(month, i));
      }),
    );
    await expect(
      (async () => {
        for await (const chunk of failing) void chunk;
      })(),
    ).rejects.toThrow("no database");
  }, 30_000);
});
