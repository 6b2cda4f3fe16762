import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { openDatabase } from "./support/members";

/** Prisma's SQLite text form of a DateTime. */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function uniqueEmail(name: string): string {
  return `${name}-${randomUUID().slice(0, 8)}@example.jp`;
}

export interface SeedEntry {
  body: string;
  title?: string | null;
  entryDate: string;
  values?: string[];
  createdAt?: Date;
}

/** Writes entries straight into the e2e database, for tests whose subject is not writing them. */
export function seedEntries(userId: string, entries: SeedEntry[]): string[] {
  const database = openDatabase();
  try {
    const insertEntry = database.prepare(
      "INSERT INTO JournalEntry (id, userId, title, body, entryDate, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const insertValue = database.prepare("INSERT INTO EntryValue (entryId, userId, key) VALUES (?, ?, ?)");
    const ids: string[] = [];
    database.transaction(() => {
      for (const entry of entries) {
        const id = `e2e${randomUUID().replaceAll("-", "")}`;
        const at = sqliteTime(entry.createdAt ?? new Date());
        insertEntry.run(id, userId, entry.title ?? null, entry.body, entry.entryDate, at, at);
        for (const key of entry.values ?? []) insertValue.run(id, userId, key);
        ids.push(id);
      }
    })();
    return ids;
  } finally {
    database.close();
  }
}

export function countRows(sql: string, ...params: unknown[]): number {
  const database = openDatabase();
  try {
    return (database.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    database.close();
  }
}

/** Today in Tokyo, as the server sees it. */
export function tokyoToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
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
