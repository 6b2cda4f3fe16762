import "server-only";
import { db } from "@/lib/db/client";
import type { Ranking } from "./types";
import { isValidValueKey } from "./values";

export type { Ranking } from "./types";

// A ranking's keys are stored as a JSON list; a key the catalogue no longer knows is dropped on
// the way out rather than failing the page.
function parseRankingKeys(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? value.filter((k): k is string => typeof k === "string" && isValidValueKey(k))
      : [];
  } catch {
    return [];
  }
}

export async function saveRanking(userId: string, keys: string[]): Promise<Ranking> {
  const row = await db.valueRanking.create({ data: { userId, keys: JSON.stringify(keys) } });
  return { id: row.id, keys, createdAt: row.createdAt };
}

/** Her rankings, newest first. */
export async function listRankings(userId: string, take: number = 50): Promise<Ranking[]> {
  const rows = await db.valueRanking.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({ id: row.id, keys: parseRankingKeys(row.keys), createdAt: row.createdAt }));
}
