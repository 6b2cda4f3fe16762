// The two grid blocks, tables to fill in and checkable choices: they measure before they draw so a
// grid moves to the next page whole, or repeats its header when it must split.
import type { PDFFont, RGB } from "pdf-lib";

import { measure, wrap } from "./line-breaking";
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN_X, PAGE_TOP, type Fonts, type Layout } from "./page";
import type { Block } from "./types";

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

export function tableHeight(fonts: Fonts, block: TableBlock): number {
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

export function renderTable(layout: Layout, block: TableBlock): void {
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

export function choicesHeight(fonts: Fonts, block: ChoicesBlock): number {
  return choiceRows(fonts, block).rows.reduce((sum, row) => sum + row.height + CHOICE_GAP, 0);
}

export function renderChoices(layout: Layout, block: ChoicesBlock): void {
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
