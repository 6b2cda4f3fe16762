import { characterCount } from "./values";

const EXCERPT_LENGTH = 90;

/**
 * A one-line preview of an entry's body. When she searched, the preview shows the words around
 * the first match, so she can see why the entry was found.
 */
export function excerptOf(body: string, query: string | null = null, length = EXCERPT_LENGTH): string {
  const flat = body.replace(/\s+/gu, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= length) return flat;
  let start = 0;
  if (query) {
    const at = flat.toLowerCase().indexOf(query.toLowerCase());
    if (at > 0) start = Math.max(0, characterCount(flat.slice(0, at)) - Math.floor(length / 3));
  }
  const end = Math.min(chars.length, start + length);
  return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
}
