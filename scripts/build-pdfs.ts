/**
 * Renders the member PDFs from content/downloads/sources/*.ts into
 * content/downloads/files/<slug>.pdf, writes content/downloads/manifest.json,
 * and rebuilds the stamp font (lib/downloads/fonts/sentaku-stamp.ttf).
 *
 * Run: npx tsx scripts/build-pdfs.ts
 *
 * Needs the Noto Sans JP TrueType files from the npm package
 * @expo-google-fonts/noto-sans-jp (see scripts/build-stamp-font.ts). Only this
 * script reads them: the outputs are committed, so the app never needs them.
 * The output is deterministic (fixed dates, no random IDs), so rebuilding
 * unchanged sources leaves the committed files untouched.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import fontkit from "@pdf-lib/fontkit";
import {
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
  type PDFFont,
  type PDFPage,
  type RGB,
} from "pdf-lib";

import fukugyoChecklist from "../content/downloads/sources/fukugyo-checklist";
import tsuyomiWorksheet from "../content/downloads/sources/tsuyomi-worksheet";
import type { Block, DownloadSource, Section } from "../content/downloads/sources/types";
import { NOTO_SANS_JP_BOLD, NOTO_SANS_JP_REGULAR, padGlyphs, writeStampFont } from "./build-stamp-font";

export const SOURCES: readonly DownloadSource[] = [fukugyoChecklist, tsuyomiWorksheet];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FILES_DIR = path.join(ROOT, "content/downloads/files");
const MANIFEST_PATH = path.join(ROOT, "content/downloads/manifest.json");
const SITE_NAME = "Sentaku";

// A4 in points.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56;
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN_X * 2;
const FIRST_PAGE_TOP = PAGE_HEIGHT - 56;
const PAGE_TOP = PAGE_HEIGHT - 70;
/** Content stops here: below are the footer (y≈40) and the per-member stamp (y≈16). */
const CONTENT_BOTTOM = 74;

function hex(value: string): RGB {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
}

// The site's design tokens (tailwind.config.ts), on white paper for printing.
const COLOR = {
  ink: hex("#1f1b16"),
  muted: hex("#57504a"),
  faint: hex("#8a8178"),
  rule: hex("#cdc3b6"),
  hairline: hex("#e4ddd3"),
  accent: hex("#9a3d25"),
  accentSoft: hex("#f6e7e1"),
  sage: hex("#3f6b57"),
  sageSoft: hex("#e9f1ec"),
  headerFill: hex("#f4efe8"),
  exampleFill: hex("#fbf8f3"),
  white: rgb(1, 1, 1),
};

const BODY_SIZE = 10;
const BODY_LEADING = 17.5;

// Kinsoku shori (JIS X 4051): characters that must not open or close a line.
const NO_LINE_START = new Set(
  "、。，．,.・：；:;？！?!ー－—―‐-〜～）」』】〕〉》〙〗］｝)]}’”…‥％%ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ",
);
const NO_LINE_END = new Set("（「『【〔〈《〘〖［｛([{‘“");
/** Latin words and numbers stay whole, as in any Japanese typesetting. */
const WORD_CHAR = /[A-Za-z0-9@._%+\-/:]/;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

interface WrappedLine {
  text: string;
  /** True when the line was broken by width, so it is justified to the full measure. */
  full: boolean;
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const ch of text) {
    if (WORD_CHAR.test(ch)) {
      word += ch;
      continue;
    }
    if (word) tokens.push(word);
    word = "";
    tokens.push(ch);
  }
  if (word) tokens.push(word);
  return tokens;
}

function isBlockedBreak(tokens: readonly string[], at: number): boolean {
  const next = tokens[at] ?? "";
  const prev = tokens[at - 1] ?? "";
  return NO_LINE_START.has(next.charAt(0)) || NO_LINE_END.has(prev.charAt(prev.length - 1));
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): WrappedLine[] {
  const tokens = tokenize(text).flatMap((t) =>
    t.length > 1 && font.widthOfTextAtSize(t, size) > maxWidth ? [...t] : [t],
  );
  const widths = tokens.map((t) => font.widthOfTextAtSize(t, size));
  const lines: WrappedLine[] = [];
  let start = 0;
  while (start < tokens.length) {
    while (tokens[start] === " ") start++;
    if (start >= tokens.length) break;
    let width = 0;
    let end = start;
    while (end < tokens.length && width + (widths[end] ?? 0) <= maxWidth) {
      width += widths[end] ?? 0;
      end++;
    }
    if (end >= tokens.length) {
      lines.push({ text: tokens.slice(start).join("").trimEnd(), full: false });
      break;
    }
    // Push characters to the next line (oidashi) until the break is legal.
    let cut = end;
    while (cut > start + 1 && isBlockedBreak(tokens, cut)) cut--;
    if (cut <= start) cut = Math.max(end, start + 1);
    lines.push({ text: tokens.slice(start, cut).join("").trimEnd(), full: true });
    start = cut;
  }
  return lines;
}

class Layout {
  readonly pages: PDFPage[] = [];
  private page: PDFPage;
  /** Top of the free area on the current page, in PDF coordinates. */
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly source: DownloadSource,
  ) {
    this.page = this.addPage(true);
    this.y = FIRST_PAGE_TOP;
  }

  private addPage(first: boolean): PDFPage {
    const page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(page);
    if (!first) {
      page.drawText(this.source.title, {
        x: MARGIN_X,
        y: PAGE_HEIGHT - 40,
        size: 8,
        font: this.fonts.regular,
        color: COLOR.faint,
      });
      const brand = `${SITE_NAME} 会員限定資料`;
      page.drawText(brand, {
        x: PAGE_WIDTH - MARGIN_X - this.fonts.regular.widthOfTextAtSize(brand, 8),
        y: PAGE_HEIGHT - 40,
        size: 8,
        font: this.fonts.regular,
        color: COLOR.faint,
      });
      page.drawLine({
        start: { x: MARGIN_X, y: PAGE_HEIGHT - 47 },
        end: { x: PAGE_WIDTH - MARGIN_X, y: PAGE_HEIGHT - 47 },
        thickness: 0.5,
        color: COLOR.hairline,
      });
    }
    return page;
  }

  get current(): PDFPage {
    return this.page;
  }

  newPage(): void {
    this.page = this.addPage(false);
    this.y = PAGE_TOP;
  }

  /** Starts a new page unless `height` still fits, so a unit is never split. */
  ensure(height: number): void {
    if (this.y - height < CONTENT_BOTTOM) this.newPage();
  }

  fits(height: number): boolean {
    return this.y - height >= CONTENT_BOTTOM;
  }

  /** Draws one line whose line box starts at `top`; `full` lines are justified to `width`. */
  textLine(
    line: WrappedLine,
    x: number,
    top: number,
    opts: { font: PDFFont; size: number; leading: number; color: RGB; width?: number },
  ): void {
    // CJK glyphs sit on an em box from -0.12em to 0.88em; centre that box in the line.
    const baseline = top - opts.leading / 2 - opts.size * 0.38;
    let spacing = 0;
    const chars = [...line.text].length;
    if (line.full && opts.width !== undefined && chars > 1) {
      const extra = opts.width - opts.font.widthOfTextAtSize(line.text, opts.size);
      if (extra > 0 && extra < opts.size * 3) spacing = extra / (chars - 1);
    }
    if (spacing > 0) this.page.pushOperators(pushGraphicsState(), setCharacterSpacing(spacing));
    this.page.drawText(line.text, { x, y: baseline, size: opts.size, font: opts.font, color: opts.color });
    if (spacing > 0) this.page.pushOperators(popGraphicsState());
  }

  /** Wrapped text starting at the cursor; moves the cursor below it. */
  paragraph(
    text: string,
    opts: {
      font?: PDFFont;
      size?: number;
      leading?: number;
      color?: RGB;
      indent?: number;
      width?: number;
    } = {},
  ): void {
    const font = opts.font ?? this.fonts.regular;
    const size = opts.size ?? BODY_SIZE;
    const leading = opts.leading ?? BODY_LEADING;
    const indent = opts.indent ?? 0;
    const width = opts.width ?? CONTENT_WIDTH - indent;
    for (const line of wrap(text, font, size, width)) {
      this.ensure(leading);
      this.textLine(line, MARGIN_X + indent, this.y, {
        font,
        size,
        leading,
        color: opts.color ?? COLOR.ink,
        width,
      });
      this.y -= leading;
    }
  }

  rule(
    y: number,
    color: RGB = COLOR.rule,
    thickness = 0.6,
    x0 = MARGIN_X,
    x1 = MARGIN_X + CONTENT_WIDTH,
  ): void {
    this.page.drawLine({ start: { x: x0, y }, end: { x: x1, y }, thickness, color });
  }

  checkbox(x: number, centerY: number, size = 9.5): void {
    this.page.drawRectangle({
      x,
      y: centerY - size / 2,
      width: size,
      height: size,
      borderColor: COLOR.muted,
      borderWidth: 0.9,
    });
  }
}

function measure(text: string, font: PDFFont, size: number, width: number): number {
  return wrap(text, font, size, width).length;
}

function renderTitle(layout: Layout, source: DownloadSource): void {
  const { regular, bold } = layout.fonts;
  const page = layout.current;
  page.drawRectangle({ x: MARGIN_X, y: layout.y - 4, width: 28, height: 4, color: COLOR.accent });
  layout.y -= 22;
  page.drawText(`${SITE_NAME} 会員限定資料`, {
    x: MARGIN_X,
    y: layout.y,
    size: 9,
    font: bold,
    color: COLOR.accent,
  });
  layout.y -= 14;
  for (const line of wrap(source.title, bold, 24, CONTENT_WIDTH)) {
    layout.textLine(line, MARGIN_X, layout.y, { font: bold, size: 24, leading: 36, color: COLOR.ink });
    layout.y -= 36;
  }
  layout.y -= 2;
  layout.paragraph(source.subtitle, { font: regular, size: 11.5, leading: 19, color: COLOR.muted });
  layout.y -= 12;
  layout.rule(layout.y, COLOR.rule, 0.8);
  layout.y -= 14;
  for (const text of source.intro) {
    layout.paragraph(text, { size: 10.5, leading: 19 });
    layout.y -= 6;
  }
}

function sectionHeaderHeight(layout: Layout, section: Section): number {
  const lead = section.lead
    ? measure(section.lead, layout.fonts.regular, BODY_SIZE, CONTENT_WIDTH) * BODY_LEADING + 8
    : 0;
  return (section.label ? 16 : 0) + 30 + 12 + lead;
}

/** How much of a section's first block must share the page with its heading. */
function keepWithHeading(layout: Layout, block: Block | undefined): number {
  if (block?.kind === "table") return Math.min(tableHeight(layout.fonts, block), 300);
  if (block?.kind === "choices") return Math.min(choicesHeight(layout.fonts, block), 340);
  if (block?.kind === "box") return boxHeight(layout.fonts, block) + 12;
  return 70;
}

function renderSectionHeader(layout: Layout, section: Section): void {
  const { regular, bold } = layout.fonts;
  layout.ensure(sectionHeaderHeight(layout, section) + keepWithHeading(layout, section.blocks[0]));
  if (section.label) {
    const size = 8.5;
    const labelWidth = bold.widthOfTextAtSize(section.label, size) + 12;
    layout.current.drawRectangle({
      x: MARGIN_X,
      y: layout.y - 14,
      width: labelWidth,
      height: 14,
      color: COLOR.accent,
    });
    layout.current.drawText(section.label, {
      x: MARGIN_X + 6,
      y: layout.y - 10.5,
      size,
      font: bold,
      color: COLOR.white,
    });
    layout.y -= 18;
  }
  for (const line of wrap(section.heading, bold, 15.5, CONTENT_WIDTH)) {
    layout.textLine(line, MARGIN_X, layout.y, { font: bold, size: 15.5, leading: 26, color: COLOR.ink });
    layout.y -= 26;
  }
  layout.y -= 2;
  layout.rule(layout.y, COLOR.accent, 0.8, MARGIN_X, MARGIN_X + 40);
  layout.rule(layout.y, COLOR.hairline, 0.8, MARGIN_X + 40);
  layout.y -= 10;
  if (section.lead) {
    layout.paragraph(section.lead, { font: regular, color: COLOR.ink });
    layout.y -= 8;
  }
}

function renderChecklist(layout: Layout, items: readonly string[]): void {
  const indent = 20;
  const width = CONTENT_WIDTH - indent;
  for (const item of items) {
    const lines = wrap(item, layout.fonts.regular, BODY_SIZE, width);
    layout.ensure(lines.length * BODY_LEADING + 4);
    layout.checkbox(MARGIN_X + 2, layout.y - BODY_LEADING / 2);
    for (const line of lines) {
      layout.textLine(line, MARGIN_X + indent, layout.y, {
        font: layout.fonts.regular,
        size: BODY_SIZE,
        leading: BODY_LEADING,
        color: COLOR.ink,
        width,
      });
      layout.y -= BODY_LEADING;
    }
    layout.y -= 4;
  }
  layout.y -= 6;
}

function renderBullets(layout: Layout, items: readonly string[]): void {
  const indent = 14;
  const width = CONTENT_WIDTH - indent;
  for (const item of items) {
    const lines = wrap(item, layout.fonts.regular, BODY_SIZE, width);
    layout.ensure(Math.min(lines.length, 2) * BODY_LEADING);
    layout.current.drawCircle({
      x: MARGIN_X + 4,
      y: layout.y - BODY_LEADING / 2,
      size: 1.8,
      color: COLOR.accent,
    });
    for (const line of lines) {
      layout.ensure(BODY_LEADING);
      layout.textLine(line, MARGIN_X + indent, layout.y, {
        font: layout.fonts.regular,
        size: BODY_SIZE,
        leading: BODY_LEADING,
        color: COLOR.ink,
        width,
      });
      layout.y -= BODY_LEADING;
    }
    layout.y -= 3;
  }
  layout.y -= 6;
}

function renderNote(layout: Layout, block: Extract<Block, { kind: "note" }>): void {
  const { regular, bold } = layout.fonts;
  const caution = block.tone === "caution";
  const size = 9.5;
  const leading = 16;
  const padX = 14;
  const padY = 10;
  const width = CONTENT_WIDTH - padX * 2 - 3;
  const lines = wrap(block.text, regular, size, width);
  const titleHeight = block.title ? 17 : 0;
  const height = padY * 2 + titleHeight + lines.length * leading;
  layout.ensure(height + 10);
  const top = layout.y;
  layout.current.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    color: caution ? COLOR.accentSoft : COLOR.sageSoft,
  });
  layout.current.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: 3,
    height,
    color: caution ? COLOR.accent : COLOR.sage,
  });
  let y = top - padY;
  if (block.title) {
    layout.current.drawText(block.title, {
      x: MARGIN_X + 3 + padX,
      y: y - 11,
      size: 9.5,
      font: bold,
      color: caution ? COLOR.accent : COLOR.sage,
    });
    y -= titleHeight;
  }
  for (const line of lines) {
    layout.textLine(line, MARGIN_X + 3 + padX, y, { font: regular, size, leading, color: COLOR.ink, width });
    y -= leading;
  }
  layout.y = top - height - 14;
}

function renderLines(layout: Layout, block: Extract<Block, { kind: "lines" }>): void {
  const gap = 26;
  const promptHeight = block.prompt ? BODY_LEADING + 2 : 0;
  layout.ensure(promptHeight + gap * block.count + 6);
  if (block.prompt) {
    layout.current.drawRectangle({
      x: MARGIN_X,
      y: layout.y - BODY_LEADING / 2 - 4,
      width: 3,
      height: 8,
      color: COLOR.accent,
    });
    layout.paragraph(block.prompt, { font: layout.fonts.bold, size: 9.5, indent: 9 });
    layout.y -= 2;
  }
  for (let i = 0; i < block.count; i++) {
    layout.y -= gap;
    let x0 = MARGIN_X;
    if (block.numbered) {
      layout.current.drawText(`${i + 1}.`, {
        x: MARGIN_X + 2,
        y: layout.y + 5,
        size: BODY_SIZE,
        font: layout.fonts.regular,
        color: COLOR.muted,
      });
      x0 = MARGIN_X + 18;
    }
    layout.rule(layout.y, COLOR.rule, 0.6, x0);
  }
  layout.y -= 14;
}

function renderFields(layout: Layout, block: Extract<Block, { kind: "fields" }>): void {
  const { regular } = layout.fonts;
  const rowHeight = 30;
  layout.ensure(rowHeight * block.items.length + 8);
  const labelWidth = Math.max(...block.items.map((f) => regular.widthOfTextAtSize(f.label, BODY_SIZE)));
  const lineStart = MARGIN_X + labelWidth + 14;
  for (const field of block.items) {
    layout.y -= rowHeight;
    const baseline = layout.y + 5;
    layout.current.drawText(field.label, {
      x: MARGIN_X,
      y: baseline,
      size: BODY_SIZE,
      font: regular,
      color: COLOR.ink,
    });
    const suffix = field.suffix ?? "";
    const suffixWidth = suffix ? regular.widthOfTextAtSize(suffix, BODY_SIZE) + 8 : 0;
    const lineEnd = suffix
      ? Math.min(lineStart + 120, MARGIN_X + CONTENT_WIDTH - suffixWidth)
      : MARGIN_X + CONTENT_WIDTH;
    layout.rule(layout.y + 1, COLOR.rule, 0.6, lineStart, lineEnd);
    if (suffix) {
      layout.current.drawText(suffix, {
        x: lineEnd + 6,
        y: baseline,
        size: BODY_SIZE,
        font: regular,
        color: COLOR.ink,
      });
    }
  }
  layout.y -= 16;
}

interface TableCellStyle {
  font: PDFFont;
  size: number;
  leading: number;
  color: RGB;
  fill?: RGB;
  /** Centre the text vertically (labels in tall writing rows). */
  middle?: boolean;
}

type TableBlock = Extract<Block, { kind: "table" }>;

const TABLE_PAD_X = 7;
const TABLE_PAD_Y = 6;
const TABLE_DEFAULT_ROW = 28;

function tableStyles(fonts: Fonts): Record<"header" | "example" | "body", TableCellStyle> {
  return {
    header: { font: fonts.bold, size: 8.5, leading: 13, color: COLOR.ink, fill: COLOR.headerFill },
    example: { font: fonts.regular, size: 8.5, leading: 13, color: COLOR.muted, fill: COLOR.exampleFill },
    body: { font: fonts.regular, size: 9, leading: 14, color: COLOR.ink, middle: true },
  };
}

function columnWidths(block: TableBlock): number[] {
  const totalWeight = block.columns.reduce((sum, c) => sum + c.width, 0);
  return block.columns.map((c) => (c.width / totalWeight) * CONTENT_WIDTH);
}

function wrapRow(
  cells: readonly string[],
  style: TableCellStyle,
  widths: readonly number[],
  minHeight: number,
) {
  const wrapped = cells.map((text, i) =>
    text ? wrap(text, style.font, style.size, (widths[i] ?? 0) - TABLE_PAD_X * 2) : [],
  );
  const height = Math.max(
    minHeight,
    ...wrapped.map((lines) => lines.length * style.leading + TABLE_PAD_Y * 2),
  );
  return { wrapped, height };
}

function tableHeight(fonts: Fonts, block: TableBlock): number {
  const styles = tableStyles(fonts);
  const widths = columnWidths(block);
  const minRow = block.rowHeight ?? TABLE_DEFAULT_ROW;
  let height = wrapRow(
    block.columns.map((c) => c.label),
    styles.header,
    widths,
    0,
  ).height;
  if (block.example) height += wrapRow(block.example, styles.example, widths, 0).height;
  for (const row of block.rows) height += wrapRow(row, styles.body, widths, minRow).height;
  return height;
}

function renderTable(layout: Layout, block: TableBlock): void {
  const styles = tableStyles(layout.fonts);
  const widths = columnWidths(block);
  const minRow = block.rowHeight ?? TABLE_DEFAULT_ROW;

  const drawRow = (cells: readonly string[], style: TableCellStyle, minHeight: number): void => {
    const { wrapped, height } = wrapRow(cells, style, widths, minHeight);
    const top = layout.y;
    let x = MARGIN_X;
    widths.forEach((w, i) => {
      layout.current.drawRectangle({
        x,
        y: top - height,
        width: w,
        height,
        color: style.fill,
        borderColor: COLOR.rule,
        borderWidth: 0.6,
      });
      const lines = wrapped[i] ?? [];
      const textHeight = lines.length * style.leading;
      let y = style.middle ? top - (height - textHeight) / 2 : top - TABLE_PAD_Y;
      for (const line of lines) {
        layout.textLine(line, x + TABLE_PAD_X, y, { ...style });
        y -= style.leading;
      }
      x += w;
    });
    layout.y = top - height;
  };

  const header = block.columns.map((c) => c.label);
  // A writing grid reads best in one piece: move it whole when it fits on a page.
  const total = tableHeight(layout.fonts, block);
  if (!layout.fits(total) && total <= PAGE_TOP - CONTENT_BOTTOM) layout.newPage();
  drawRow(header, styles.header, 0);
  if (block.example) drawRow(block.example, styles.example, 0);
  for (const row of block.rows) {
    const { height } = wrapRow(row, styles.body, widths, minRow);
    if (!layout.fits(height)) {
      // Repeat the header so a continued table still says what each column is.
      layout.newPage();
      drawRow(header, styles.header, 0);
    }
    drawRow(row, styles.body, minRow);
  }
  layout.y -= 16;
}

type ChoicesBlock = Extract<Block, { kind: "choices" }>;

const CHOICE_GAP = 8;
const CHOICE_PAD = 8;
const CHOICE_TEXT_X = CHOICE_PAD + 17;
const CHOICE_HINT = { size: 8, leading: 12.5 };

function choiceRows(fonts: Fonts, block: ChoicesBlock) {
  const cellWidth = (CONTENT_WIDTH - CHOICE_GAP * (block.columns - 1)) / block.columns;
  const hintWidth = cellWidth - CHOICE_TEXT_X - CHOICE_PAD;
  const rows: { items: ChoicesBlock["items"]; height: number }[] = [];
  for (let start = 0; start < block.items.length; start += block.columns) {
    const items = block.items.slice(start, start + block.columns);
    const height = Math.max(
      ...items.map(
        (item) =>
          CHOICE_PAD * 2 +
          17 +
          measure(item.hint, fonts.regular, CHOICE_HINT.size, hintWidth) * CHOICE_HINT.leading,
      ),
    );
    rows.push({ items, height });
  }
  return { rows, cellWidth, hintWidth };
}

function choicesHeight(fonts: Fonts, block: ChoicesBlock): number {
  return choiceRows(fonts, block).rows.reduce((sum, row) => sum + row.height + CHOICE_GAP, 0);
}

function renderChoices(layout: Layout, block: ChoicesBlock): void {
  const { regular, bold } = layout.fonts;
  const { rows, cellWidth, hintWidth } = choiceRows(layout.fonts, block);
  const total = choicesHeight(layout.fonts, block);
  if (!layout.fits(total) && total <= PAGE_TOP - CONTENT_BOTTOM) layout.newPage();
  for (const row of rows) {
    layout.ensure(row.height + CHOICE_GAP);
    row.items.forEach((item, i) => {
      const x = MARGIN_X + i * (cellWidth + CHOICE_GAP);
      const top = layout.y;
      layout.current.drawRectangle({
        x,
        y: top - row.height,
        width: cellWidth,
        height: row.height,
        borderColor: COLOR.rule,
        borderWidth: 0.6,
      });
      layout.checkbox(x + CHOICE_PAD, top - CHOICE_PAD - 8);
      layout.current.drawText(item.label, {
        x: x + CHOICE_TEXT_X,
        y: top - CHOICE_PAD - 12,
        size: 10.5,
        font: bold,
        color: COLOR.ink,
      });
      let y = top - CHOICE_PAD - 17;
      for (const line of wrap(item.hint, regular, CHOICE_HINT.size, hintWidth)) {
        layout.textLine(line, x + CHOICE_TEXT_X, y, {
          font: regular,
          size: CHOICE_HINT.size,
          leading: CHOICE_HINT.leading,
          color: COLOR.muted,
          width: hintWidth,
        });
        y -= CHOICE_HINT.leading;
      }
    });
    layout.y -= row.height + CHOICE_GAP;
  }
  layout.y -= 10;
}

type BoxBlock = Extract<Block, { kind: "box" }>;

const BOX_PAD = 12;

function boxTemplateLines(fonts: Fonts, block: BoxBlock): WrappedLine[] {
  return block.template ? wrap(block.template, fonts.regular, 9.5, CONTENT_WIDTH - BOX_PAD * 2) : [];
}

/** The frame only; a prompt above it is laid out as an ordinary paragraph. */
function boxHeight(fonts: Fonts, block: BoxBlock): number {
  return block.height + boxTemplateLines(fonts, block).length * 16;
}

function renderBox(layout: Layout, block: BoxBlock): void {
  const { regular } = layout.fonts;
  const pad = BOX_PAD;
  const width = CONTENT_WIDTH - pad * 2;
  const templateLines = boxTemplateLines(layout.fonts, block);
  if (block.prompt) layout.paragraph(block.prompt, { font: layout.fonts.bold, size: 9.5 });
  const height = boxHeight(layout.fonts, block);
  layout.ensure(height + 12);
  const top = layout.y;
  layout.current.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    borderColor: COLOR.accent,
    borderWidth: 1,
  });
  let y = top - pad;
  for (const line of templateLines) {
    layout.textLine(line, MARGIN_X + pad, y, {
      font: regular,
      size: 9.5,
      leading: 16,
      color: COLOR.muted,
      width,
    });
    y -= 16;
  }
  // Ruled writing lines inside the frame.
  for (y -= 26; y > top - height + 10; y -= 26)
    layout.rule(y, COLOR.hairline, 0.6, MARGIN_X + pad, MARGIN_X + CONTENT_WIDTH - pad);
  layout.y = top - height - 14;
}

function renderSubheading(layout: Layout, text: string): void {
  layout.ensure(24 + 50);
  layout.y -= 4;
  layout.current.drawRectangle({ x: MARGIN_X, y: layout.y - 14, width: 5, height: 5, color: COLOR.accent });
  layout.paragraph(text, { font: layout.fonts.bold, size: 11, leading: 20, indent: 11 });
  layout.y -= 2;
}

function renderBlock(layout: Layout, block: Block): void {
  switch (block.kind) {
    case "paragraph":
      layout.paragraph(block.text);
      layout.y -= 10;
      return;
    case "subheading":
      renderSubheading(layout, block.text);
      return;
    case "bullets":
      renderBullets(layout, block.items);
      return;
    case "checklist":
      renderChecklist(layout, block.items);
      return;
    case "note":
      renderNote(layout, block);
      return;
    case "lines":
      renderLines(layout, block);
      return;
    case "fields":
      renderFields(layout, block);
      return;
    case "table":
      renderTable(layout, block);
      return;
    case "choices":
      renderChoices(layout, block);
      return;
    case "box":
      renderBox(layout, block);
      return;
    case "pageBreak":
      layout.newPage();
      return;
  }
}

function renderClosing(layout: Layout, text: string): void {
  const { regular, bold } = layout.fonts;
  const size = 10;
  const leading = 18;
  const pad = 16;
  const width = CONTENT_WIDTH - pad * 2;
  const lines = wrap(text, regular, size, width);
  const height = pad * 2 + lines.length * leading + 22;
  layout.y -= 8;
  layout.ensure(height);
  const top = layout.y;
  layout.current.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    color: COLOR.headerFill,
  });
  let y = top - pad;
  for (const line of lines) {
    layout.textLine(line, MARGIN_X + pad, y, { font: regular, size, leading, color: COLOR.ink, width });
    y -= leading;
  }
  const sign = SITE_NAME;
  layout.current.drawText(sign, {
    x: MARGIN_X + CONTENT_WIDTH - pad - bold.widthOfTextAtSize(sign, 9),
    y: top - height + pad - 2,
    size: 9,
    font: bold,
    color: COLOR.accent,
  });
  layout.y = top - height;
}

function drawFooters(layout: Layout): void {
  const { regular, bold } = layout.fonts;
  const total = layout.pages.length;
  layout.pages.forEach((page, i) => {
    page.drawLine({
      start: { x: MARGIN_X, y: 52 },
      end: { x: PAGE_WIDTH - MARGIN_X, y: 52 },
      thickness: 0.5,
      color: COLOR.hairline,
    });
    page.drawText(SITE_NAME, { x: MARGIN_X, y: 38, size: 8.5, font: bold, color: COLOR.accent });
    const number = `${i + 1} / ${total}`;
    page.drawText(number, {
      x: PAGE_WIDTH - MARGIN_X - regular.widthOfTextAtSize(number, 8.5),
      y: 38,
      size: 8.5,
      font: regular,
      color: COLOR.muted,
    });
  });
}

export async function renderPdf(
  source: DownloadSource,
  fontBytes: { regular: Uint8Array; bold: Uint8Array },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    // Fixed names: pdf-lib would otherwise append a random number, making every build differ.
    // The six-letter tag marks them as subsets, as the PDF spec asks.
    regular: await doc.embedFont(fontBytes.regular, {
      subset: true,
      customName: "SNTKAA+NotoSansJP-Regular",
    }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true, customName: "SNTKAB+NotoSansJP-Bold" }),
  };

  const published = new Date(`${source.publishedAt}T00:00:00+09:00`);
  doc.setTitle(source.title, { showInWindowTitleBar: true });
  doc.setAuthor(SITE_NAME);
  doc.setSubject(source.description);
  doc.setKeywords([...source.keywords]);
  doc.setCreator(SITE_NAME);
  doc.setProducer(`${SITE_NAME} (pdf-lib)`);
  doc.setLanguage("ja");
  doc.setCreationDate(published);
  doc.setModificationDate(published);

  const layout = new Layout(doc, fonts, source);
  renderTitle(layout, source);
  for (const section of source.sections) {
    layout.y -= 16;
    renderSectionHeader(layout, section);
    for (const block of section.blocks) renderBlock(layout, block);
  }
  if (source.closing) renderClosing(layout, source.closing);
  drawFooters(layout);
  return doc.save();
}

export interface ManifestEntry {
  slug: string;
  title: string;
  description: string;
  fileName: string;
  mimeType: "application/pdf";
  storageKey: string;
  publishedAt: string;
  order: number;
}

export function manifestEntry(source: DownloadSource): ManifestEntry {
  return {
    slug: source.slug,
    title: source.title,
    description: source.description,
    fileName: source.fileName,
    mimeType: "application/pdf",
    storageKey: `${source.slug}.pdf`,
    publishedAt: source.publishedAt,
    order: source.order,
  };
}

export async function loadDocumentFonts(root: string): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  return {
    regular: padGlyphs(await readFile(path.join(root, NOTO_SANS_JP_REGULAR))),
    bold: padGlyphs(await readFile(path.join(root, NOTO_SANS_JP_BOLD))),
  };
}

async function main(): Promise<void> {
  const fontBytes = await loadDocumentFonts(ROOT);
  await mkdir(FILES_DIR, { recursive: true });
  const manifest: ManifestEntry[] = [];
  for (const source of [...SOURCES].sort((a, b) => a.order - b.order)) {
    const entry = manifestEntry(source);
    const bytes = await renderPdf(source, fontBytes);
    await writeFile(path.join(FILES_DIR, entry.storageKey), bytes);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    console.log(`wrote content/downloads/files/${entry.storageKey} (${pages} pages, ${bytes.length} bytes)`);
    manifest.push(entry);
  }
  await writeFile(MANIFEST_PATH, `${JSON.stringify({ downloads: manifest }, null, 2)}\n`);
  console.log("wrote content/downloads/manifest.json");

  const stamp = await writeStampFont(ROOT);
  console.log(`wrote ${path.relative(ROOT, stamp.path)} (${stamp.bytes} bytes)`);
}

// Tests import this module to check the committed files are up to date; only a direct run writes.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
