import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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

export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [entryDate, createdAt, id] = value as unknown[];
    if (typeof entryDate !== "string" || typeof createdAt !== "number" || typeof id !== "string") return null;
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
