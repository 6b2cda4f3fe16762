import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { migrationNames, projectPaths } from "@/lib/db/migrate";

async function pragma(name: string): Promise<unknown> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0] ?? {})[0];
}

describe("SQLite connection settings", () => {
  it("runs every connection with WAL, FULL sync, a busy timeout and foreign keys", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("synchronous"))).toBe(2); // FULL
    expect(Number(await pragma("busy_timeout"))).toBe(5000);
    expect(Number(await pragma("foreign_keys"))).toBe(1);
  });

  it("records every migration in _prisma_migrations", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames(projectPaths()));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("cascades a member's deletion through foreign keys", async () => {
    const user = await db.user.create({ data: { email: "cascade@example.jp" } });
    await db.session.create({
      data: { sessionToken: "cascade-token", userId: user.id, expires: new Date(Date.now() + 60_000) },
    });
    await db.user.delete({ where: { id: user.id } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
