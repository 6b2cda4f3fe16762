import { foldForSearch } from "@/lib/db/search-index/tokens";

// Marks what the search matched, with the search's own rule (lib/journal/search.ts): every
// occurrence of the query as a substring, ASCII letters in either case. The fold keeps every
// character's length, so positions found in the folded text are positions in the original.

export interface TextPart {
  text: string;
  match: boolean;
}

export function splitMatches(text: string, query: string | null): TextPart[] {
  if (!query || !text) return text ? [{ text, match: false }] : [];
  const haystack = foldForSearch(text);
  const needle = foldForSearch(query);
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
