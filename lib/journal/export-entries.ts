import "server-only";
import { db } from "@/lib/db/client";
import { afterCursor, type CursorPosition, entryOrder } from "./cursor";
import { type DetailRow, detailSelect, toDetail } from "./entry-rows";
import type { EntryDetail } from "./types";

const EXPORT_BATCH = 200;

/** Every entry of hers, newest first, a batch at a time so a large journal streams (export.ts). */
export async function* entriesForExport(userId: string): AsyncGenerator<EntryDetail> {
  let position: CursorPosition | null = null;
  for (;;) {
    // Typed by hand: the loop carries `position` from one batch into the next query.
    const rows: DetailRow[] = await db.journalEntry.findMany({
      where: position ? { AND: [{ userId }, afterCursor(position)] } : { userId },
      orderBy: entryOrder,
      take: EXPORT_BATCH,
      select: detailSelect,
    });
    for (const row of rows) yield toDetail(row);
    const last = rows.at(-1);
    if (rows.length < EXPORT_BATCH || !last) return;
    position = last;
  }
}
