// The A4 page, the design tokens and the cursor every block draws at: the layout engine's core.
import {
  degrees,
  drawText as textOperators,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type RGB,
} from "pdf-lib";

import { wrap, type WrappedLine } from "./line-breaking";
import type { DownloadSource } from "./types";

export const SITE_NAME = "Sentaku";

// A4 in points.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 56;
export const CONTENT_WIDTH = PAGE_WIDTH - MARGIN_X * 2;
const FIRST_PAGE_TOP = PAGE_HEIGHT - 56;
export const PAGE_TOP = PAGE_HEIGHT - 70;
/** Content stops here: below is the footer line (y≈38), the per-member stamp centred on it. */
export const CONTENT_BOTTOM = 74;

function hex(value: string): RGB {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
}

// The site's design tokens (tailwind.config.ts), on white paper for printing.
export const COLOR = {
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

export const BODY_SIZE = 10;
export const BODY_LEADING = 17.5;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export class Layout {
  readonly pages: PDFPage[] = [];
  /** Told when a page is full and the cursor moves on (the year book writes it out then). */
  onPageFinished?: (page: PDFPage) => void;
  /**
   * Name each font once per page. pdf-lib's page.drawText adds a font resource under a new random
   * name on every call, and keeps each name in a process-wide table: for a 5,000-page book that
   * is hundreds of thousands of names and a larger file. Off by default so the member PDFs stay
   * byte-identical to their committed builds.
   */
  fixedFontNames = false;
  private page: PDFPage;
  /** Top of the free area on the current page, in PDF coordinates. */
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly source: Pick<DownloadSource, "title">,
    /** The running header's right-hand words; the year book is hers, not a members' handout. */
    private readonly brand: string = `${SITE_NAME} メンバー限定資料`,
  ) {
    this.page = this.addPage(true);
    this.y = FIRST_PAGE_TOP;
  }

  private addPage(first: boolean): PDFPage {
    const page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(page);
    if (!first) {
      this.drawText(page, this.source.title, {
        x: MARGIN_X,
        y: PAGE_HEIGHT - 40,
        size: 8,
        font: this.fonts.regular,
        color: COLOR.faint,
      });
      const brand = this.brand;
      this.drawText(page, brand, {
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

  /** page.drawText, with one resource name per font per page when `fixedFontNames` is on. */
  drawText(
    page: PDFPage,
    text: string,
    opts: { x: number; y: number; size: number; font: PDFFont; color: RGB },
  ): void {
    const slot = opts.font === this.fonts.regular ? "F1" : opts.font === this.fonts.bold ? "F2" : undefined;
    if (!this.fixedFontNames || !slot) {
      page.drawText(text, opts);
      return;
    }
    const name = PDFName.of(slot);
    page.node.setFontDictionary(name, opts.font.ref);
    page.pushOperators(
      ...textOperators(opts.font.encodeText(text), {
        color: opts.color,
        font: name,
        size: opts.size,
        rotate: degrees(0),
        xSkew: degrees(0),
        ySkew: degrees(0),
        x: opts.x,
        y: opts.y,
      }),
    );
  }

  get current(): PDFPage {
    return this.page;
  }

  newPage(): void {
    this.onPageFinished?.(this.page);
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
    this.drawText(this.page, line.text, {
      x,
      y: baseline,
      size: opts.size,
      font: opts.font,
      color: opts.color,
    });
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
