import { Prisma } from "@/lib/generated/prisma/client";
import { type Db, providerOf } from "./client";

// The few SQL functions that differ between the two databases, for features that let the
// database look inside long text instead of shipping it to JavaScript. Positions and lengths are
// in characters (code points) on both: SQLite's instr, substr and length count UTF-8 characters,
// PostgreSQL's strpos, substr and length count characters of its UTF-8 text.

export interface TextSql {
  /**
   * The 1-based character position of the first `needle` in `text` with ASCII letters
   * lower-cased and nothing else folded (foldForSearch in search-index/tokens.ts), 0 when there
   * is none. `needle` must already be folded. A substring test, so `%` and `_` are plain.
   * Folding copies the text, so it is skipped for a needle with no ASCII letter (most Japanese
   * searches): no other character is folded, so such a needle is found in the folded text exactly
   * where it is found in the text as written.
   */
  foldedPosition(text: Prisma.Sql, needle: string): Prisma.Sql;
  /** The 1-based character position of the first `needle` in `text` as written, 0 for none. */
  position(text: Prisma.Sql, needle: string): Prisma.Sql;
  /** `text`'s length in characters, or more (never less) where the database cannot count them. */
  charLength(text: Prisma.Sql): Prisma.Sql;
  /** `text`'s length in bytes of UTF-8: exact where a character count can stop short. */
  byteLength(text: Prisma.Sql): Prisma.Sql;
  /** The aggregate of `value` over a group as a JSON array in text, "[]" for an empty group. */
  jsonArrayAgg(value: Prisma.Sql): Prisma.Sql;
}

const hasAsciiLetter = (needle: string) => /[a-z]/.test(needle);

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// SQLite's lower() folds ASCII letters only (this build has no ICU extension, which would make it
// fold every script: tests/integration/journal-search-read.test.ts would see that). instr compares
// bytes, so a NUL inside the text is compared like any other character.
const sqliteText: TextSql = {
  foldedPosition: (text, needle) =>
    hasAsciiLetter(needle)
      ? Prisma.sql`instr(lower(${text}), ${needle})`
      : Prisma.sql`instr(${text}, ${needle})`,
  position: (text, needle) => Prisma.sql`instr(${text}, ${needle})`,
  // length() of text stops at the first NUL, which an entry may hold; such a text is counted in
  // bytes, at least as many as its characters, so a bound built on this count still holds.
  charLength: (text) =>
    Prisma.sql`CASE WHEN instr(${text}, char(0)) > 0 THEN length(CAST(${text} AS BLOB)) ELSE length(${text}) END`,
  // Of a blob, length() is its byte count, NULs included.
  byteLength: (text) => Prisma.sql`length(CAST(${text} AS BLOB))`,
  jsonArrayAgg: (value) => Prisma.sql`json_group_array(${value})`,
};

// PostgreSQL's lower() folds whatever the database's locale says is a letter; translate() folds
// exactly A-Z, as the search does, whatever the locale.
const postgresqlText: TextSql = {
  foldedPosition: (text, needle) =>
    hasAsciiLetter(needle)
      ? Prisma.sql`strpos(translate(${text}, ${Prisma.raw(`'${UPPER}'`)}, ${Prisma.raw(`'${UPPER.toLowerCase()}'`)}), ${needle})`
      : Prisma.sql`strpos(${text}, ${needle})`,
  position: (text, needle) => Prisma.sql`strpos(${text}, ${needle})`,
  // PostgreSQL text never holds a NUL.
  charLength: (text) => Prisma.sql`length(${text})`,
  byteLength: (text) => Prisma.sql`octet_length(${text})`,
  jsonArrayAgg: (value) => Prisma.sql`coalesce(json_agg(${value})::text, '[]')`,
};

/** The text functions of the database this client talks to. */
export function textSqlOf(client: Db): TextSql {
  return providerOf(client) === "postgresql" ? postgresqlText : sqliteText;
}
