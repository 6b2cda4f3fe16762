import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations, migrationNames, projectPaths } from "@/lib/db/migrate";
import { documentTokens } from "@/lib/db/search-index";

// The migration that adds the search index fills it for entries written before it, tokenising
// in SQL exactly as the application does in TypeScript; and her figures with it.

const root = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), "sentaku-backfill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the search index migration", { timeout: 120_000 }, () => {
  it("backfills documents identical to the application's, and the figures", async () => {
    cpSync(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
    const paths = projectPaths(dir);
    const names = migrationNames(paths);
    const indexMigration = names.find((name) => name.endsWith("_journal_search_and_counters"));
    if (!indexMigration) throw new Error("no search index migration");
    const held = path.join(dir, "held");
    cpSync(path.join(paths.migrationsDir, indexMigration), held, { recursive: true });
    rmSync(path.join(paths.migrationsDir, indexMigration), { recursive: true });
    // Only the migrations before it (later ones may need its tables).
    for (const later of names.slice(names.indexOf(indexMigration) + 1)) {
      rmSync(path.join(paths.migrationsDir, later), { recursive: true });
    }
    const url = `file:${path.join(dir, "old.db")}`;
    await applyMigrations(url, paths);

    const old = createPrismaClient(url);
    const texts = [
      { title: null, body: "仕事と家庭の両立について。" },
      { title: "Sentaku で100%_OK", body: "絵文字😀も、改行\nも。" },
      { title: "", body: "一" },
    ];
    const ids: string[] = [];
    let userId = "";
    try {
      const user = await old.user.create({ data: { email: "old@example.jp" } });
      userId = user.id;
      for (const [i, text] of texts.entries()) {
        const entry = await old.journalEntry.create({
          data: {
            userId: user.id,
            ...text,
            entryDate: `2026-11-2${i}`,
            values: { create: [{ userId: user.id, key: "family" }] },
          },
        });
        ids.push(entry.id);
      }
    } finally {
      await old.$disconnect();
    }
    cpSync(held, path.join(paths.migrationsDir, indexMigration), { recursive: true });
    await applyMigrations(url, paths);

    const client = createPrismaClient(url);
    try {
      for (const [i, id] of ids.entries()) {
        const text = texts[i];
        const doc = await client.journalSearch.findUnique({ where: { entryId: id } });
        expect(doc?.tokens).toBe(documentTokens(text?.title || null, text?.body ?? ""));
      }
      const [fts] = await client.$queryRaw<{ n: number }[]>`SELECT count(*) AS n FROM "JournalSearchFts"`;
      expect(Number(fts?.n)).toBe(texts.length);
      expect(await client.journalDay.count({ where: { userId } })).toBe(texts.length);
      expect(
        await client.journalValueUse.findMany({
          where: { userId },
          select: { key: true, count: true },
        }),
      ).toEqual([{ key: "family", count: texts.length }]);
    } finally {
      await client.$disconnect();
    }
  });
});
