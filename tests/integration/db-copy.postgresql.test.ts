import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableChecksum } from "@/lib/db/checksum";
import { type Db } from "@/lib/db/client";
import { copyDatabase, type CopyReport } from "@/lib/db/copy";
import { CopyRefused, occupancy } from "@/lib/db/copy-target";
import { copyOrder } from "@/lib/db/copy-tables";
import { applyMigrations } from "@/lib/db/migrate";
import {
  createEntries,
  createMembers,
  createRanking,
  createSessions,
  createSignInAttempt,
  createVerificationToken,
  withSeedClient,
} from "@/lib/db/seed";
import { settings } from "@/lib/env";
import {
  adminQuery,
  databaseUrlOn,
  dropDatabase,
  scratchDatabaseName,
  testServerUrl,
} from "../support/postgres-test-database";

const run = promisify(execFile);
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");

const server = testServerUrl() ?? "";
const scratch = [scratchDatabaseName("sentaku_copy"), scratchDatabaseName("sentaku_copy_cli")];
const [postgresName = "", cliName = ""] = scratch;
const postgresUrl = databaseUrlOn(server, postgresName);
const sqliteUrl = (name: string) => `file:${path.join(settings().dataDir, name)}`;
const sourceUrl = sqliteUrl("source.db");
const roundTripUrl = sqliteUrl("moved/round-trip.db");

/** What every table holds, by model: the same numbers on both sides of a correct copy. */
async function snapshot(url: string): Promise<Record<string, { rows: number; checksum: string }>> {
  return withSeedClient(url, async (db) => {
    const out: Record<string, { rows: number; checksum: string }> = {};
    for (const model of copyOrder()) out[model] = await tableChecksum(db, model);
    return out;
  });
}

/** A site with a bit of everything, more entries than one transaction of the copy takes. */
async function seedSource(db: Db): Promise<string> {
  const members = await createMembers(db, [
    { email: "copy-a@example.jp", createdAt: new Date("2026-01-02T03:04:05.678Z") },
    { email: "copy-b@example.jp" },
    { email: "copy-c@example.jp" },
  ]);
  const [a, b] = members;
  if (!a || !b) throw new Error("members expected");
  await db.user.update({ where: { id: b.id }, data: { name: "佐藤 花子", image: null } });
  await db.account.create({
    data: { userId: a.id, type: "email", provider: "email", providerAccountId: a.email, expires_at: 42 },
  });
  await createSessions(
    db,
    members.map((member) => member.id),
  );
  const [firstEntry] = await createEntries(db, [
    {
      userId: a.id,
      title: "家族と仕事",
      body: '両立について考えた。\n改行と "引用" と emoji 🌸',
      entryDate: "2026-11-20",
      mood: 4,
      values: ["family", "custom:副業"],
      createdAt: new Date("2026-11-20T12:00:00.123Z"),
    },
    ...Array.from({ length: 6200 }, (_, i) => ({
      userId: i % 2 ? a.id : b.id,
      body: `記録 ${i}`,
      entryDate: `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
      mood: i % 3 ? null : (i % 5) + 1,
      values: i % 4 ? ["growth"] : [],
    })),
  ]);
  await createRanking(db, a.id, ["family", "growth", "health"]);
  await createSignInAttempt(db, "email:copy-a@example.jp");
  await createVerificationToken(db, "copy-c@example.jp", "token-copy-c");
  await db.outboxMessage.create({
    data: { to: "copy-a@example.jp", subject: "ログイン", text: "本文", html: "<p>本文</p>" },
  });
  const download = await db.download.create({
    data: {
      slug: "values-worksheet",
      title: "価値観ワークシート",
      description: "説明",
      fileName: "values.pdf",
      mimeType: "application/pdf",
      size: 1234,
      sha256: "a".repeat(64),
      storageKey: "values.pdf",
      publishedAt: new Date("2026-05-01T00:00:00Z"),
    },
  });
  await db.downloadEvent.create({ data: { userId: a.id, downloadId: download.id } });
  if (!firstEntry) throw new Error("entry expected");
  return firstEntry;
}

function expectMatching(report: CopyReport) {
  expect(report.ok).toBe(true);
  expect(report.tables.map((table) => table.model)).toEqual(copyOrder());
  for (const table of report.tables) {
    expect(table.targetRows).toBe(table.sourceRows);
    expect(table.targetChecksum).toBe(table.sourceChecksum);
  }
}

describe("npm run db:copy", () => {
  let entryId = "";

  beforeAll(async () => {
    if (!server) throw new Error("SENTAKU_TEST_POSTGRES_URL is not set.");
    for (const name of scratch) await adminQuery(server, `CREATE DATABASE "${name}"`);
    await applyMigrations(sourceUrl);
    entryId = await withSeedClient(sourceUrl, seedSource);
  }, 120_000);

  afterAll(async () => {
    for (const name of scratch) await dropDatabase(server, name);
  });

  it(
    "copies SQLite to PostgreSQL and back with identical counts and checksums in every table",
    { timeout: 180_000 },
    async () => {
      // A target that was started once holds the catalogue under ids of its own: the copy replaces it.
      await applyMigrations(postgresUrl);
      await withSeedClient(postgresUrl, (db) =>
        db.download.create({
          data: {
            slug: "values-worksheet",
            title: "古い",
            description: "",
            fileName: "values.pdf",
            mimeType: "application/pdf",
            size: 1,
            sha256: "b".repeat(64),
            storageKey: "values.pdf",
            publishedAt: new Date(),
          },
        }),
      );

      const lines: string[] = [];
      const there = await copyDatabase(sourceUrl, postgresUrl, { log: (line) => lines.push(line) });
      expectMatching(there);
      expect(there.catalogueRowsReplaced).toBe(1);
      expect(there.tables.find((table) => table.model === "JournalEntry")?.sourceRows).toBe(6201);
      // A long table reports its progress on the way.
      expect(lines).toContain("  JournalEntry 5,000 / 6,201");
      expect(lines).toContain("JournalEntry: 6,201 rows copied");

      const back = await copyDatabase(postgresUrl, roundTripUrl);
      expectMatching(back);
      for (const [i, table] of back.tables.entries()) {
        expect(table.sourceChecksum).toBe(there.tables[i]?.sourceChecksum);
      }
      expect(await snapshot(roundTripUrl)).toEqual(await snapshot(sourceUrl));

      // Rows read back through the app's client are the rows that were written.
      const read = (url: string) =>
        withSeedClient(url, async (db) => ({
          entry: await db.journalEntry.findUnique({ where: { id: entryId }, include: { values: true } }),
          members: await db.user.findMany({ orderBy: { email: "asc" } }),
          events: await db.downloadEvent.findMany({ include: { download: true } }),
        }));
      const original = await read(sourceUrl);
      expect(original.entry?.values).toHaveLength(2);
      expect(original.events).toHaveLength(1);
      expect(await read(postgresUrl)).toEqual(original);
      expect(await read(roundTripUrl)).toEqual(original);
    },
  );

  it("refuses to copy into a database that has members, and changes nothing", async () => {
    const before = await snapshot(postgresUrl);
    const beforeCounts = await withSeedClient(postgresUrl, occupancy);
    expect(beforeCounts.get("User")).toBe(3);

    const refusal = await copyDatabase(roundTripUrl, postgresUrl).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(CopyRefused);
    expect(String(refusal)).toMatch(/already holds data \(User: 3, Account: 1, Session: 3/);
    expect(await snapshot(postgresUrl)).toEqual(before);

    // The same on SQLite, and the same through the command.
    const sqliteBefore = await snapshot(sourceUrl);
    const failure = await run(tsx, ["scripts/db.ts", "copy", postgresUrl, sourceUrl], { cwd: root }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("db:copy refused");
    expect(failure?.stderr).toContain("nothing was changed");
    expect(await snapshot(sourceUrl)).toEqual(sqliteBefore);
  });

  it("prints what it copied and the comparison table", { timeout: 120_000 }, async () => {
    const target = databaseUrlOn(server, cliName);
    const { stdout } = await run(tsx, ["scripts/db.ts", "copy", sourceUrl, target], { cwd: root });
    expect(stdout).toContain("Migrated");
    expect(stdout).toMatch(/^table\s+rows\s+checksum\s+match$/m);
    expect(stdout).toMatch(/^JournalEntry\s+6,201\s+[0-9a-f]{16}\s+yes$/m);
    expect(stdout).toMatch(/Copied [\d,]+ rows in \d+ tables from file:.*source\.db to postgresql:\/\//);
    expect(stdout).toContain("every table's row count and checksum match");
  });
});
