import "server-only";
import { db } from "@/lib/db/client";
import { foldForSearch, type ListPosition } from "@/lib/db/search-index";
import { textSqlOf } from "@/lib/db/text-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { excerptOf, leadOf } from "./excerpt";
import { type SummaryRow, summarySql } from "./list-sql";
import { type BodyParts, summaryText } from "./summary-text";
import type { EntrySummary } from "./types";
import { sortValueKeys } from "./values";

export interface PlacedSummary {
  summary: EntrySummary;
  /** Where the entry stands in the list, for the next page's cursor. */
  position: ListPosition;
}

function partsOf(row: SummaryRow): BodyParts {
  return {
    head: row.head,
    headComplete: Number(row.headComplete) === 1,
    position: Number(row.position),
    window:
      row.before !== null && row.from !== null
        ? {
            before: row.before,
            from: row.from,
            fromComplete: Number(row.fromComplete) === 1,
            dotted: Number(row.dotted) === 1,
          }
        : null,
  };
}

/**
 * Her entries in `scope` (list-sql.ts) as the list shows them, in list order: the same lead and
 * excerpt toSummary (entry-rows.ts) makes from the whole body, made from the few hundred
 * characters the database cut from it. The rare body whose parts do not settle them (a first line
 * after hundreds of blank ones, a match only a whole read can place) is read whole, still only
 * for the entries on the page.
 */
export async function readSummaries(
  userId: string,
  scope: Prisma.Sql,
  query: string | null,
): Promise<PlacedSummary[]> {
  const rows = await db.$queryRaw<SummaryRow[]>(
    summarySql(textSqlOf(db), userId, scope, query ? foldForSearch(query) : null),
  );
  const texts = new Map(rows.map((row) => [row.id, summaryText(partsOf(row), query)]));
  const unsettled = rows.filter((row) => texts.get(row.id) === null).map((row) => row.id);
  if (unsettled.length > 0) {
    const bodies = await db.journalEntry.findMany({
      where: { userId, id: { in: unsettled } },
      select: { id: true, body: true },
    });
    for (const { id, body } of bodies) texts.set(id, { lead: leadOf(body), excerpt: excerptOf(body, query) });
  }
  return rows.flatMap((row) => {
    const text = texts.get(row.id);
    // Null only for an entry deleted between the two reads: it is no longer hers to show.
    if (!text) return [];
    return [
      {
        summary: {
          id: row.id,
          title: row.title,
          lead: text.lead,
          excerpt: text.excerpt,
          entryDate: row.entryDate,
          mood: row.mood === null ? null : Number(row.mood),
          values: sortValueKeys(JSON.parse(row.values) as string[]),
          promptText: row.promptText,
        },
        position: { entryDate: row.entryDate, createdAt: row.createdAt, id: row.id },
      },
    ];
  });
}
