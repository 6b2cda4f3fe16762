// One source (content/downloads/sources) to one PDF: metadata, title page, sections, footers.
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFPage } from "pdf-lib";

import { boxHeight, renderBlock } from "./blocks";
import { measure, wrap } from "./line-breaking";
import {
  BODY_LEADING,
  BODY_SIZE,
  COLOR,
  CONTENT_WIDTH,
  Layout,
  MARGIN_X,
  PAGE_WIDTH,
  SITE_NAME,
  type Fonts,
} from "./page";
import { choicesHeight, tableHeight } from "./tables";
import type { Block, DownloadSource, Section } from "./types";

function renderTitle(layout: Layout, source: DownloadSource): void {
  const { regular, bold } = layout.fonts;
  const page = layout.current;
  page.drawRectangle({ x: MARGIN_X, y: layout.y - 4, width: 28, height: 4, color: COLOR.accent });
  layout.y -= 22;
  page.drawText(`${SITE_NAME} メンバー限定資料`, {
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

/** Page `index` (from 0) of `total`: the rule, the site's name and "n / N". */
export function drawFooter(layout: Layout, page: PDFPage, index: number, total: number): void {
  const { regular, bold } = layout.fonts;
  page.drawLine({
    start: { x: MARGIN_X, y: 52 },
    end: { x: PAGE_WIDTH - MARGIN_X, y: 52 },
    thickness: 0.5,
    color: COLOR.hairline,
  });
  layout.drawText(page, SITE_NAME, { x: MARGIN_X, y: 38, size: 8.5, font: bold, color: COLOR.accent });
  const number = `${index + 1} / ${total}`;
  layout.drawText(page, number, {
    x: PAGE_WIDTH - MARGIN_X - regular.widthOfTextAtSize(number, 8.5),
    y: 38,
    size: 8.5,
    font: regular,
    color: COLOR.muted,
  });
}

export function drawFooters(layout: Layout): void {
  const total = layout.pages.length;
  layout.pages.forEach((page, i) => drawFooter(layout, page, i, total));
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
