// How text becomes search tokens, the same on both databases and in the migrations' backfill SQL.
//
// Japanese has no spaces and most searches are two characters (「両立」), which trigram indexes
// cannot serve. So each text is also stored as its overlapping two-character tokens (bigrams),
// each character followed by the next and the last one alone, so every character begins a token:
// a one-character query is a prefix of a token, a two-character query one token, a longer query
// all of its bigrams. Matches are then rechecked as plain substrings (lib/journal/list-sql.ts).
//
// A token must survive both tokenizers whole (SQLite FTS5 `unicode61` splits at punctuation and
// spaces, PostgreSQL's parser at much else), so each character is written as five letters a-z:
// its code point in base 26 (26^5 > 0x10FFFF). ASCII letters are lower-cased first, as SQLite's
// LIKE compares them; nothing else is folded.

const LETTERS_PER_CHAR = 5;

/** ASCII letters lower-cased, everything else as it is: the one folding search applies. */
export function foldForSearch(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function encodeChar(char: string): string {
  let code = char.codePointAt(0) ?? 0;
  const letters: string[] = [];
  for (let i = 0; i < LETTERS_PER_CHAR; i += 1) {
    letters.unshift(String.fromCharCode(97 + (code % 26)));
    code = Math.floor(code / 26);
  }
  return letters.join("");
}

function textTokens(text: string): string[] {
  const chars = Array.from(foldForSearch(text), encodeChar);
  return chars.map((char, i) => char + (chars[i + 1] ?? ""));
}

/** An entry's document: title then body, as space-separated tokens. */
export function documentTokens(title: string | null, body: string): string {
  return [...(title ? textTokens(title) : []), ...textTokens(body)].join(" ");
}

/**
 * What the index is asked for a query: the prefix every token that begins with its one character
 * shares, or its bigrams in order (one for two characters). Empty for an empty query.
 */
export type QueryTokens = { kind: "prefix"; prefix: string } | { kind: "bigrams"; tokens: string[] };

export function queryTokens(query: string): QueryTokens {
  const chars = Array.from(foldForSearch(query), encodeChar);
  const [only] = chars;
  if (chars.length === 1 && only) return { kind: "prefix", prefix: only };
  return { kind: "bigrams", tokens: chars.slice(0, -1).map((char, i) => char + (chars[i + 1] ?? "")) };
}
