// Japanese line breaking for the member PDFs: kinsoku, whole Latin words, justified lines.
import type { PDFFont } from "pdf-lib";

// Kinsoku shori (JIS X 4051): characters that must not open or close a line.
const NO_LINE_START = new Set(
  "、。，．,.・：；:;？！?!ー－—―‐-〜～）」』】〕〉》〙〗］｝)]}’”…‥％%ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ",
);
const NO_LINE_END = new Set("（「『【〔〈《〘〖［｛([{‘“");
/** Latin words and numbers stay whole, as in any Japanese typesetting. */
const WORD_CHAR = /[A-Za-z0-9@._%+\-/:]/;

export interface WrappedLine {
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

// A token's width, remembered per font and size. Measuring runs the font's shaper on every call
// (most of the year book's typesetting time went there, one call per character); a journal
// repeats the same few thousand characters, so each is measured once. The key keeps the size, so
// the numbers are exactly those the shaper gives and the committed PDFs do not change.
const widthCache = new WeakMap<PDFFont, Map<string, number>>();

function widthOf(font: PDFFont, token: string, size: number): number {
  let cache = widthCache.get(font);
  if (!cache) {
    cache = new Map();
    widthCache.set(font, cache);
  }
  const key = `${size}\u0000${token}`;
  let width = cache.get(key);
  if (width === undefined) {
    width = font.widthOfTextAtSize(token, size);
    cache.set(key, width);
  }
  return width;
}

export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): WrappedLine[] {
  const tokens = tokenize(text).flatMap((t) =>
    t.length > 1 && widthOf(font, t, size) > maxWidth ? [...t] : [t],
  );
  const widths = tokens.map((t) => widthOf(font, t, size));
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

export function measure(text: string, font: PDFFont, size: number, width: number): number {
  return wrap(text, font, size, width).length;
}
