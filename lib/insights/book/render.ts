// The year book: her entries of a period as one PDF, typeset by the member PDFs' engine
// (lib/downloads/pdf): a cover, a contents page by month with bookmarks, the entries month by
// month, and the mood and values summary. No database here: the route hands in her data, so the
// benchmark can time the typesetting alone.
//
// The book comes out as it is typeset (renderBookStream): each page is written and dropped once
// full (lib/downloads/pdf/stream-writer.ts), so memory holds one month of entries and the small
// per-page objects, not the whole book. Only the contents pages' lines and the "n / N" footers
// wait for the end, drawn as one more small content stream per page.
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFPage } from "pdf-lib";
import { drawFooter } from "@/lib/downloads/pdf/document";
import {
  COLOR,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  Layout,
  MARGIN_X,
  PAGE_HEIGHT,
  PAGE_TOP,
  SITE_NAME,
  type Fonts,
} from "@/lib/downloads/pdf/page";
import { PdfStreamWriter } from "@/lib/downloads/pdf/stream-writer";
import { formatDateTimeJa, formatMonthJa } from "@/lib/journal/dates";
import type { EntryDetail } from "@/lib/journal/types";
import type { BookMonth, BookSummary } from "./entries";
import { addLink, addOutline, type Bookmark } from "./outline";
import type { BookPeriod } from "./period";
import { renderEntry, renderSummary } from "./render-entry";

export interface BookInput {
  period: BookPeriod;
  months: readonly BookMonth[];
  /** Her entries of one month of the period, oldest first. */
  entriesOf: (month: string) => Promise<EntryDetail[]> | EntryDetail[];
  summary: BookSummary;
  createdAt: Date;
  fonts: { regular: Uint8Array; bold: Uint8Array };
}

export const BOOK_TITLE = "わたしの記録";
const CONTENTS_ROW = 22;
const CONTENTS_HEAD = 70;
const CONTENTS_ROWS = Math.floor((PAGE_TOP - CONTENT_BOTTOM - CONTENTS_HEAD) / CONTENTS_ROW);

function renderCover(layout: Layout, input: BookInput, total: number): void {
  const { bold } = layout.fonts;
  const page = layout.current;
  const top = PAGE_HEIGHT - 260;
  page.drawRectangle({ x: MARGIN_X, y: top + 40, width: 40, height: 5, color: COLOR.accent });
  layout.drawText(page, `${SITE_NAME} ジャーナル`, {
    x: MARGIN_X,
    y: top + 14,
    size: 11,
    font: bold,
    color: COLOR.accent,
  });
  layout.drawText(page, BOOK_TITLE, { x: MARGIN_X, y: top - 34, size: 32, font: bold, color: COLOR.ink });
  layout.y = top - 60;
  layout.paragraph(input.period.label, { font: bold, size: 16, leading: 28 });
  layout.y -= 10;
  layout.paragraph(`記録 ${total.toLocaleString("ja-JP")}件`, { size: 12, leading: 22 });
  layout.paragraph(`${input.months.length}か月分`, { size: 12, leading: 22, color: COLOR.muted });
  layout.y -= 30;
  layout.paragraph(`作成: ${formatDateTimeJa(input.createdAt)}（日本時間）`, {
    size: 9,
    leading: 16,
    color: COLOR.muted,
  });
  layout.paragraph("あなたのためだけに作ったPDFです。サーバーには保存していません。", {
    size: 9,
    leading: 16,
    color: COLOR.muted,
  });
}

function monthTitle(month: BookMonth): string {
  return `${formatMonthJa(month.month)}（${month.entries}件）`;
}

function drawContents(
  doc: PDFDocument,
  layout: Layout,
  pages: readonly PDFPage[],
  rows: readonly { title: string; target: Bookmark }[],
): void {
  const { regular, bold } = layout.fonts;
  const pageNumbers = new Map(layout.pages.map((p, i) => [p, i + 1]));
  rows.forEach((row, i) => {
    const page = pages[Math.floor(i / CONTENTS_ROWS)];
    if (!page) return;
    const slot = i % CONTENTS_ROWS;
    if (slot === 0) {
      layout.drawText(page, "目次", {
        x: MARGIN_X,
        y: PAGE_TOP - 24,
        size: 16,
        font: bold,
        color: COLOR.ink,
      });
    }
    const y = PAGE_TOP - CONTENTS_HEAD + 16 - slot * CONTENTS_ROW;
    const number = `${pageNumbers.get(row.target.page) ?? ""}`;
    layout.drawText(page, row.title, { x: MARGIN_X, y, size: 10.5, font: regular, color: COLOR.ink });
    layout.drawText(page, number, {
      x: MARGIN_X + CONTENT_WIDTH - regular.widthOfTextAtSize(number, 10.5),
      y,
      size: 10.5,
      font: regular,
      color: COLOR.ink,
    });
    page.drawLine({
      start: { x: MARGIN_X, y: y - 6 },
      end: { x: MARGIN_X + CONTENT_WIDTH, y: y - 6 },
      thickness: 0.4,
      color: COLOR.hairline,
    });
    addLink(doc, page, [MARGIN_X, y - 6, MARGIN_X + CONTENT_WIDTH, y + 14], row.target);
  });
}

/** Bytes are handed on in pieces of about this size (and at the end). */
const CHUNK_BYTES = 64 * 1024;

/**
 * The book's bytes in order, as they are typeset. A throw part-way (her entries could not be read)
 * ends the iteration with that error, so a reader of the stream never takes a cut file for whole.
 */
export async function* renderBookStream(input: BookInput): AsyncGenerator<Uint8Array, void, undefined> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(input.fonts.regular, { subset: true }),
    bold: await doc.embedFont(input.fonts.bold, { subset: true }),
  };
  const total = input.months.reduce((n, m) => n + m.entries, 0);
  const title = `${BOOK_TITLE} ${input.period.label}`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(SITE_NAME);
  doc.setCreator(SITE_NAME);
  doc.setProducer(`${SITE_NAME} (pdf-lib)`);
  doc.setLanguage("ja");
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);

  const writer = new PdfStreamWriter(doc);
  const layout = new Layout(doc, fonts, { title }, `${SITE_NAME} ジャーナル`);
  layout.fixedFontNames = true;
  layout.onPageFinished = (page) => writer.finishPage(page);
  renderCover(layout, input, total);
  const bookmarks: Bookmark[] = [{ title: "表紙", page: layout.current, top: PAGE_HEIGHT }];

  // The contents pages are laid out before the entries and filled in after, when every month's
  // page number is known.
  const contentsPages: PDFPage[] = [];
  const contentsRows = input.months.length + 1;
  for (let i = 0; i < Math.ceil(contentsRows / CONTENTS_ROWS); i++) {
    layout.newPage();
    contentsPages.push(layout.current);
  }
  const first = contentsPages[0];
  if (first) bookmarks.push({ title: "目次", page: first, top: PAGE_TOP });

  const rows: { title: string; target: Bookmark }[] = [];
  for (const month of input.months) {
    layout.newPage();
    const target: Bookmark = { title: monthTitle(month), page: layout.current, top: layout.y + 10 };
    bookmarks.push(target);
    rows.push({ title: monthTitle(month), target });
    layout.paragraph(formatMonthJa(month.month), { font: fonts.bold, size: 18, leading: 30 });
    layout.paragraph(`${month.entries}件の記録`, { size: 9.5, leading: 16, color: COLOR.muted });
    layout.y -= 4;
    layout.rule(layout.y, COLOR.accent, 0.8);
    layout.y -= 14;
    // What is written goes out before each month's read, so she has bytes while the database works.
    if (writer.buffered > 0) yield writer.take();
    for (const entry of await input.entriesOf(month.month)) {
      renderEntry(layout, entry);
      if (writer.buffered >= CHUNK_BYTES) yield writer.take();
    }
  }

  layout.newPage();
  const summary: Bookmark = { title: "気分と価値観のまとめ", page: layout.current, top: layout.y + 10 };
  bookmarks.push(summary);
  rows.push({ title: summary.title, target: summary });
  renderSummary(layout, input.summary, total);
  writer.finishPage(layout.current);

  drawContents(doc, layout, contentsPages, rows);
  const pages = layout.pages.length;
  for (const [i, page] of layout.pages.entries()) {
    drawFooter(layout, page, i, pages);
    writer.finishPage(page, true);
    if (writer.buffered >= CHUNK_BYTES) yield writer.take();
  }
  addOutline(doc, bookmarks);
  await writer.finish();
  yield writer.take();
}

/** The whole book in one piece, for tests and the benchmark's check of the file. */
export async function renderBook(input: BookInput): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of renderBookStream(input)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
