import { execFile } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tableChecksum } from "@/lib/db/checksum";
import { copyOrder } from "@/lib/db/copy-tables";
import { createEntries, createMembers, createSessions, withSeedClient } from "@/lib/db/seed";
import { settings } from "@/lib/env";

const run = promisify(execFile);
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");

type Failure = { code?: number; stdout?: string; stderr?: string };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: Failure) => error,
  );

/** Every model's row count and checksum, read through a client of its own. */
async function snapshot(): Promise<Record<string, { rows: number; checksum: string }>> {
  return withSeedClient(settings().databaseUrl, async (db) => {
    const out: Record<string, { rows: number; checksum: string }> = {};
    for (const model of copyOrder()) out[model] = await tableChecksum(db, model);
    return out;
  });
}

describe("npm run db:backup and db:restore on PostgreSQL", () => {
  const backups = path.join(settings().dataDir, "backups");
  const backup = path.join(backups, "site.dump");
  const db = (command: string, file: string) => run(tsx, ["scripts/db.ts", command, file], { cwd: root });

  it("back up with pg_dump, and restore the data as it was", { timeout: 120_000 }, async () => {
    const members = await withSeedClient(settings().databaseUrl, async (client) => {
      const created = await createMembers(client, [
        { email: "pg-a@example.jp" },
        { email: "pg-b@example.jp" },
      ]);
      await createSessions(
        client,
        created.map((member) => member.id),
      );
      await createEntries(
        client,
        Array.from({ length: 50 }, (_, i) => ({
          userId: created[i % 2]?.id ?? "",
          body: `バックアップ ${i}`,
          entryDate: "2026-11-30",
          values: ["family"],
        })),
      );
      return created;
    });
    const before = await snapshot();

    const { stdout } = await db("backup", backup);
    expect(stdout).toMatch(/^Backed up postgresql:\/\/.* to .*site\.dump \(pg_dump custom format/);
    expect(statSync(backup).size).toBeGreaterThan(0);

    // The site goes on: a member leaves, another arrives.
    await withSeedClient(settings().databaseUrl, async (client) => {
      await client.user.delete({ where: { id: members[0]?.id ?? "" } });
      await createMembers(client, [{ email: "pg-c@example.jp" }]);
    });
    expect(await snapshot()).not.toEqual(before);

    const restored = await db("restore", backup);
    expect(restored.stdout).toMatch(
      /^Restored postgresql:\/\/.* from .*site\.dump \(\d+ rows in \d+ tables\)/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to overwrite a backup", async () => {
    const first = readFileSync(backup);
    const failure = await failureOf(db("backup", backup));
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("exists already");
    expect(readFileSync(backup).equals(first)).toBe(true);
  });

  it("refuses a file that is not a whole archive, and leaves the database as it was", async () => {
    const before = await snapshot();
    const notAnArchive = path.join(backups, "not-an-archive.dump");
    writeFileSync(notAnArchive, "this is not a pg_dump archive\n");
    const refused = await failureOf(db("restore", notAnArchive));
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("not a readable pg_dump archive");
    expect(refused?.stderr).toContain("the database was not touched");

    // A truncated archive: pg_restore --list reads the table of contents and, depending on where
    // the cut falls, stops there already, or the archive gets past the check and fails half-way
    // through the data, where the single transaction takes back the tables it had dropped.
    // Either way the database is as it was.
    const bytes = readFileSync(backup);
    const truncated = path.join(backups, "truncated.dump");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const failed = await failureOf(db("restore", truncated));
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/pg_restore failed and the database at|the database was not touched/);
    expect(await snapshot()).toEqual(before);
  });
});
