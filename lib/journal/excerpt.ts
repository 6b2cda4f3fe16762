import { characterCount } from "./values";

export const EXCERPT_LENGTH = 90;

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

export const LEAD_LENGTH = 24;

/**
 * What an untitled entry is called wherever a title would be: the first words of its first line,
 * cut at the end of a sentence when one ends early enough, otherwise at LEAD_LENGTH characters.
 * One rule for the list, the entry page and the calendar, so an entry has one name everywhere.
 */
export function leadOf(body: string, length = LEAD_LENGTH): string {
  const line = body.split("\n").find((l) => l.trim() !== "") ?? "";
  const chars = Array.from(line.replace(/\s+/gu, " ").trim());
  if (chars.length <= length) return chars.join("");
  const head = chars.slice(0, length);
  const stop = head.findLastIndex((c) => c === "。" || c === "！" || c === "？" || c === "!" || c === "?");
  // A sentence end in the second half reads better than a cut mid-word; an early one says too little.
  if (stop >= length / 2) return head.slice(0, stop + 1).join("");
  return `${head.join("")}…`;
}
