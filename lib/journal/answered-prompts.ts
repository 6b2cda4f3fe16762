import "server-only";
import { db } from "@/lib/db/client";

/** Her latest entry on a prompt: the day it is about and where to read it. */
export interface AnsweredPrompt {
  entryId: string;
  entryDate: string;
}

/**
 * The prompts she has answered, each with her latest entry on it. The catalogue has a few dozen
 * prompts, so this stays small however long her journal grows.
 */
export async function answeredPrompts(userId: string): Promise<Record<string, AnsweredPrompt>> {
  const rows = await db.journalEntry.findMany({
    where: { userId, promptId: { not: null } },
    select: { id: true, promptId: true, entryDate: true },
    orderBy: [{ entryDate: "asc" }, { createdAt: "asc" }],
  });
  const answered: Record<string, AnsweredPrompt> = {};
  // Ascending order: the last write per prompt is her latest entry.
  for (const row of rows)
    if (row.promptId) answered[row.promptId] = { entryId: row.id, entryDate: row.entryDate };
  return answered;
}
