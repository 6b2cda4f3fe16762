import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthRange } from "./dates";
import type { DetailRow } from "./entry-rows";
import type { JournalFilters } from "./schema";

/** Her entries that match the list's filters: a day or a month, a value tag, a search. */
export function filterWhere(userId: string, filters: JournalFilters): Prisma.JournalEntryWhereInput {
  const and: Prisma.JournalEntryWhereInput[] = [];
  if (filters.day) {
    and.push({ entryDate: filters.day });
  } else if (filters.month) {
    const { from, to } = monthRange(filters.month);
    and.push({ entryDate: { gte: from, lt: to } });
  }
  if (filters.value) and.push({ values: { some: { userId, key: filters.value } } });
  // SQLite LIKE: any substring, so 「両立」 is found inside 「仕事と家庭の両立について」.
  if (filters.q) and.push({ OR: [{ title: { contains: filters.q } }, { body: { contains: filters.q } }] });
  return { userId, AND: and };
}

// SQLite's LIKE reads % and _ in the search as wildcards and Prisma cannot escape them
// (prisma/prisma#23611), so for such a search the database returns a superset and each row is
// checked here with LIKE's own rule (case-insensitive for ASCII letters only).
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Null when the database's own match is exact; else the check each returned row must pass. */
export function literalMatch(q: string): ((row: DetailRow) => boolean) | null {
  if (!/[%_]/.test(q)) return null;
  const needle = asciiLower(q);
  return (row) => asciiLower(row.body).includes(needle) || asciiLower(row.title ?? "").includes(needle);
}
