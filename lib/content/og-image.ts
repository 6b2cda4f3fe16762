import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * Noto Sans JP for Open Graph images, from the same self-hosted package as the site's web font.
 * The package splits the font into ~120 WOFF files by unicode-range; an image needs only the few
 * that hold its characters. The image renderer (satori) takes WOFF but not WOFF2, and uses only
 * the first font of a given name, so each file gets a name of its own and the family lists them all.
 */
const PACKAGE = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-jp");

export type OgFontWeight = 400 | 700;

interface Subset {
  file: string;
  ranges: [number, number][];
}

export interface OgFont {
  name: string;
  data: Buffer;
  weight: OgFontWeight;
  style: "normal";
}

const subsetCache = new Map<OgFontWeight, Subset[]>();

function subsets(weight: OgFontWeight): Subset[] {
  const known = subsetCache.get(weight);
  if (known) return known;
  const css = readFileSync(path.join(PACKAGE, `${weight}.css`), "utf8");
  const found: Subset[] = [];
  for (const [, block = ""] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((part): [number, number] => {
      const [start = "0", end] = part.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(start, 16), parseInt(end ?? start, 16)];
    });
    found.push({ file, ranges });
  }
  subsetCache.set(weight, found);
  return found;
}

/**
 * The font files that cover the given text in each weight, and for each weight the CSS family list
 * naming its files (a weight's own list, so that regular text never borrows a bold glyph).
 */
export function ogFonts(texts: Record<OgFontWeight, string>): {
  fonts: OgFont[];
  families: Record<OgFontWeight, string>;
} {
  const fonts: OgFont[] = [];
  const families: Record<OgFontWeight, string[]> = { 400: [], 700: [] };
  for (const weight of [400, 700] as const) {
    const codePoints = new Set([...texts[weight]].map((char) => char.codePointAt(0) ?? 0));
    for (const subset of subsets(weight)) {
      const needed = [...codePoints].some((cp) =>
        subset.ranges.some(([start, end]) => cp >= start && cp <= end),
      );
      if (!needed) continue;
      const name = `NotoSansJP-${weight}-${families[weight].length}`;
      families[weight].push(`"${name}"`);
      fonts.push({
        name,
        data: readFileSync(path.join(PACKAGE, "files", subset.file)),
        weight,
        style: "normal",
      });
    }
  }
  return { fonts, families: { 400: families[400].join(", "), 700: families[700].join(", ") } };
}
