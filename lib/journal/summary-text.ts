import { foldForSearch } from "@/lib/db/search-index/tokens";
import { EXCERPT_LENGTH, excerptOf, LEAD_LENGTH, leadOf } from "./excerpt";
import { characterCount } from "./values";

// The list's lead and excerpt (excerpt.ts) from the parts of a body the database hands back
// instead of the whole body: its first characters, and for a deep match the characters around it.
// Each function returns exactly what leadOf / excerptOf return on the whole body, or null when its
// parts do not settle that; the caller then reads the whole body. Every rule below says why the
// part is enough, because "nearly the same preview" would be a bug nobody sees.
//
// Lengths are in code points (Array.from), as the database's substr counts them, so a part never
// ends inside a surrogate pair.

/** Characters of the body read for every entry: enough for the lead and the excerpt of most. */
export const HEAD_CHARS = 256;
/** A match up to this character is read with everything before it (the head grows to cover it). */
export const NEAR_MATCH_MAX = 1024;
/** Characters read before a deeper match, and after its query. */
export const WINDOW_BEFORE = 128;
export const WINDOW_AFTER = 128;

const KEEP_BEFORE = Math.floor(EXCERPT_LENGTH / 3);
const KEEP_FROM = EXCERPT_LENGTH - KEEP_BEFORE;

const flatten = (text: string) => text.replace(/\s+/gu, " ");

/** The characters around a body's first match, as the database cut them. */
export interface MatchWindow {
  /** The WINDOW_BEFORE characters before the match (fewer when a NUL cut the read short). */
  before: string;
  /** The body from the match on, to the window's end. */
  from: string;
  /** Whether `from` runs to the end of the body. */
  fromComplete: boolean;
  /** Whether an U+0130 (capital I with dot above) comes before the match: its lower case is two characters (see excerptFromWindow). */
  dotted: boolean;
}

export interface BodyParts {
  /** The body's first characters: all of it when `headComplete`. */
  head: string;
  headComplete: boolean;
  /** The 1-based character position of the search's first match in the body (ASCII folded), 0 for none. */
  position: number;
  /** Present when the match lies past NEAR_MATCH_MAX. */
  window: MatchWindow | null;
}

/** leadOf(body) from the body's first characters, or null when they do not settle it. */
export function leadFromPrefix(prefix: string, complete: boolean): string | null {
  if (complete) return leadOf(prefix);
  const lines = prefix.split("\n");
  const partial = lines.pop() ?? "";
  // A line ended inside the prefix is the body's own line.
  const line = lines.find((l) => l.trim() !== "");
  if (line !== undefined) return leadOf(line);
  // The first line with words runs on past the prefix. Flattened it has no two spaces in a row,
  // so LEAD_LENGTH + 2 characters hold a word past LEAD_LENGTH: the whole line is longer than the
  // lead, which is then cut from the first LEAD_LENGTH characters alone.
  if (characterCount(flatten(partial).trimStart()) >= LEAD_LENGTH + 2) return leadOf(partial);
  return null;
}

/** excerptOf(body, query) from the body's first characters, or null when they do not settle it. */
export function excerptFromPrefix(prefix: string, complete: boolean, query: string | null): string | null {
  if (complete) return excerptOf(prefix, query);
  // Flattening a prefix gives a prefix of the flattened body (a cut run of spaces is one space
  // either way); only its end is not trimmed yet.
  const flat = flatten(prefix).trimStart();
  const chars = Array.from(flat);
  let start = 0;
  if (query) {
    const needle = query.toLowerCase();
    // Capital sigma (U+03A3) is the one letter whose lower case depends on what follows it, which may lie past the prefix.
    if (flat.includes("\u03a3") && /[\u03c3\u03c2]/u.test(needle)) return null;
    // Any earlier match in the whole body would lie inside the prefix too.
    const at = flat.toLowerCase().indexOf(needle);
    if (at < 0) return null;
    if (at > 0) start = Math.max(0, characterCount(flat.slice(0, at)) - KEEP_BEFORE);
  }
  const end = start + EXCERPT_LENGTH;
  // Two characters past `end`, one of them not a space, show that the body goes on past the
  // excerpt (so it is cut, with …) even after its trailing spaces are trimmed.
  if (chars.length < end + 2) return null;
  return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}…`;
}

/**
 * Whether excerptOf's match (toLowerCase on the flattened body) is always the search's match
 * (ASCII folded, in the body as written), at the same place. It is when no character of the query
 * is a space (spaces are flattened) and none is the lower case of anything but itself and its
 * ASCII capital: not e with acute (U+00E9, the lower case of U+00C9), fullwidth a (U+FF41, of
 * U+FF21), k (of the Kelvin sign), i or U+0307 (U+0130, capital I with dot above, lowers to both).
 * Kana, kanji, digits and most punctuation qualify; tests/unit/journal-summary-text.test.ts checks
 * the rule against every code point.
 */
export function isPlainQuery(query: string): boolean {
  for (const char of query) {
    const lower = char.toLowerCase();
    if (/\s/u.test(char) || lower !== foldForSearch(char)) return false;
    const plain = /^[a-z]$/.test(lower)
      ? lower !== "i" && lower !== "k"
      : lower.toUpperCase() === lower && lower !== "\u0307";
    if (!plain) return false;
  }
  return true;
}

/**
 * excerptOf(body, query) from the characters around the first match when it lies deep in the
 * body, or null when they do not settle it. For a plain query the match is the database's, and
 * the excerpt is KEEP_BEFORE flattened characters before it and KEEP_FROM from it, so only the
 * count before it matters, and only whether it exceeds KEEP_BEFORE. A U+0130 before the match would
 * move excerptOf's position by one (it indexes the lower-cased text), so it needs the whole body.
 */
export function excerptFromWindow(window: MatchWindow, query: string): string | null {
  if (window.dotted || !isPlainQuery(query)) return null;
  if (characterCount(window.before) !== WINDOW_BEFORE) return null;
  const before = Array.from(flatten(window.before));
  // The window's first character may merge with a space before it, or be trimmed as the body's
  // first: the rest are the flattened body's own, and at least this many come before the match.
  const known = before.length - 1;
  if (known <= KEEP_BEFORE) return null;
  const flatFrom = flatten(window.from);
  const from = Array.from(window.fromComplete ? flatFrom.trimEnd() : flatFrom);
  if (window.fromComplete ? known + from.length <= EXCERPT_LENGTH : from.length < KEEP_FROM + 2) return null;
  const more = !window.fromComplete || from.length > KEEP_FROM;
  return `…${before.slice(-KEEP_BEFORE).join("")}${from.slice(0, KEEP_FROM).join("")}${more ? "…" : ""}`;
}

/** The lead and excerpt toSummary would make from the whole body, or null when the parts do not settle them. */
export function summaryText(
  parts: BodyParts,
  query: string | null,
): { lead: string; excerpt: string } | null {
  const lead = leadFromPrefix(parts.head, parts.headComplete);
  if (lead === null) return null;
  // A plain query with no match in the body (she found the entry by its title) has no match in
  // the flattened body either: the excerpt is the body's opening.
  const centred = query && !(parts.position === 0 && isPlainQuery(query)) ? query : null;
  const excerpt =
    excerptFromPrefix(parts.head, parts.headComplete, centred) ??
    (centred && parts.window ? excerptFromWindow(parts.window, centred) : null);
  return excerpt === null ? null : { lead, excerpt };
}
