import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isValidDay } from "./dates";

// The list's order is entryDate, then createdAt, then id, all descending: id breaks every tie, so
// a page boundary never drops or repeats an entry. The cursor carries the three values of the last
// entry shown (keyset paging), which also survives that entry being deleted meanwhile.
export interface CursorPosition {
  entryDate: string;
  createdAt: Date;
  id: string;
}

export const entryOrder: Prisma.JournalEntryOrderByWithRelationInput[] = [
  { entryDate: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

export function encodeCursor(position: CursorPosition): string {
  const raw = JSON.stringify([position.entryDate, position.createdAt.getTime(), position.id]);
  return Buffer.from(raw, "utf8").toString("base64url");
}

// A cursor this server wrote is well under this; anything longer is not one of ours.
const CURSOR_MAX_LENGTH = 200;
// Date's own range: a number outside it makes an Invalid Date, which the database refuses.
const DATE_LIMIT_MS = 8.64e15;

/**
 * The position a cursor names, or null for anything this server did not write: a forged or
 * truncated cursor restarts the list at the top instead of reaching the database as a malformed
 * value (an Invalid Date, a 10 MB id).
 */
export function decodeCursor(cursor: string): CursorPosition | null {
  if (cursor.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [entryDate, createdAt, id] = value as unknown[];
    if (typeof entryDate !== "string" || !isValidDay(entryDate)) return null;
    if (
      typeof createdAt !== "number" ||
      !Number.isInteger(createdAt) ||
      Math.abs(createdAt) > DATE_LIMIT_MS
    ) {
      return null;
    }
    if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
    return { entryDate, createdAt: new Date(createdAt), id };
  } catch {
    return null;
  }
}

/** The entries that come after this position in entryOrder. */
export function afterCursor(position: CursorPosition): Prisma.JournalEntryWhereInput {
  const { entryDate, createdAt, id } = position;
  return {
    OR: [
      { entryDate: { lt: entryDate } },
      { entryDate, createdAt: { lt: createdAt } },
      { entryDate, createdAt, id: { lt: id } },
    ],
  };
}
