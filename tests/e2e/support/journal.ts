import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createEntries, type EntryInput } from "@/lib/db/seed";
import { openDatabase, withE2eDatabase } from "./members";

export function uniqueEmail(name: string): string {
  return `${name}-${randomUUID().slice(0, 8)}@example.jp`;
}

export type SeedEntry = Omit<EntryInput, "userId">;

/** Writes entries into the e2e database, for tests whose subject is not writing them. */
export function seedEntries(userId: string, entries: readonly SeedEntry[]): Promise<string[]> {
  return withE2eDatabase((db) =>
    createEntries(
      db,
      entries.map((entry) => ({ ...entry, userId })),
    ),
  );
}

export function countRows(sql: string, ...params: unknown[]): number {
  const database = openDatabase();
  try {
    return (database.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    database.close();
  }
}

/** Sets a field's value as a tampered request would, without React seeing it. */
export async function forgeInput(page: Page, selector: string, value: string, check = false): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate(
      (element, [forged, shouldCheck]) => {
        const input = element as HTMLInputElement;
        input.value = forged as string;
        if (shouldCheck) input.checked = true;
      },
      [value, check] as const,
    );
}
