// The flowing blocks of a section (see ./types) and the switch that draws any block.
import { wrap, type WrappedLine } from "./line-breaking";
import { BODY_LEADING, BODY_SIZE, COLOR, CONTENT_WIDTH, MARGIN_X, type Fonts, type Layout } from "./page";
import { renderChoices, renderTable } from "./tables";
import type { Block } from "./types";

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
type BoxBlock = Extract<Block, { kind: "box" }>;

const BOX_PAD = 12;

function boxTemplateLines(fonts: Fonts, block: BoxBlock): WrappedLine[] {
  return block.template ? wrap(block.template, fonts.regular, 9.5, CONTENT_WIDTH - BOX_PAD * 2) : [];
}

/** The frame only; a prompt above it is laid out as an ordinary paragraph. */
export function boxHeight(fonts: Fonts, block: BoxBlock): number {
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

export function renderBlock(layout: Layout, block: Block): void {
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
