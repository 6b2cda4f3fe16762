/**
 * Structured content of a member PDF. The layout engine in this folder lays these blocks out on A4
 * pages; the text lives in content/downloads/sources so editors never touch layout code.
 */

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "bullets"; items: readonly string[] }
  /** Items with an empty box to tick. */
  | { kind: "checklist"; items: readonly string[] }
  /** A shaded aside: tips, examples, cautions. */
  | { kind: "note"; title?: string; text: string; tone?: "tip" | "caution" }
  /** Ruled lines to write on, optionally numbered 1., 2., … */
  | { kind: "lines"; prompt?: string; count: number; numbered?: boolean }
  /** Short labelled blanks, e.g. 「1週間で使える時間：＿＿時間」. */
  | { kind: "fields"; items: readonly { label: string; suffix?: string }[] }
  /**
   * A grid to fill in. `rows` are printed as given (empty strings stay blank);
   * an `example` row is printed first, in muted text, to show how to fill it.
   */
  | {
      kind: "table";
      columns: readonly { label: string; width: number }[];
      rows: readonly (readonly string[])[];
      example?: readonly string[];
      rowHeight?: number;
    }
  /** Checkable options laid out in a grid (the values catalogue). */
  | { kind: "choices"; columns: number; items: readonly { label: string; hint: string }[] }
  /** An empty framed box for free writing, optionally with a template line. */
  | { kind: "box"; prompt?: string; template?: string; height: number }
  | { kind: "pageBreak" };

export interface Section {
  /** Small label above the heading, e.g. 「STEP 1」. */
  label?: string;
  heading: string;
  lead?: string;
  blocks: readonly Block[];
}

export interface DownloadSource {
  slug: string;
  title: string;
  subtitle: string;
  /** 1-2 sentences for the members page and manifest.json. */
  description: string;
  /** Name offered to the browser when downloading. */
  fileName: string;
  /** ISO date (YYYY-MM-DD). */
  publishedAt: string;
  order: number;
  keywords: readonly string[];
  intro: readonly string[];
  sections: readonly Section[];
  closing?: string;
}
