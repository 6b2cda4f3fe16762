import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { integrityCheck, rowCounts } from "@/lib/db/backup";
import { sqlitePath } from "@/lib/db/url";
import { settings } from "@/lib/env";
import { spawnCrashWriter } from "../support/crash-writer-process";

const run = promisify(execFile);
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");

describe("npm run db:backup and db:restore", () => {
  it(
    "copy a database consistently while another process writes, and restore it intact",
    { timeout: 90_000 },
    async () => {
      const live = sqlitePath(settings().databaseUrl);
      const env = { ...process.env, DATABASE_URL: `file:${live}` };
      const writer = spawnCrashWriter(live);
      let written = 0;
      const started = new Promise<void>((resolve) =>
        writer.stdout.on("data", (chunk: Buffer) => {
          written += chunk.toString().split("\n").length - 1;
          if (written >= 50) resolve();
        }),
      );
      const backups = path.join(path.dirname(live), "backups");
      try {
        await started;
        // Two backups while the writer keeps writing: each must be whole, and they differ.
        const first = path.join(backups, "first.db");
        const second = path.join(backups, "second.db");
        const before = written;
        await run(tsx, ["scripts/db.ts", "backup", first], { cwd: root, env });
        // The writer kept going while the backup ran.
        expect(written).toBeGreaterThan(before);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await run(tsx, ["scripts/db.ts", "backup", second], { cwd: root, env });

        for (const file of [first, second]) expect(integrityCheck(file)).toBe("ok");
        const firstCounts = rowCounts(first);
        const secondCounts = rowCounts(second);
        expect(firstCounts.OutboxMessage).toBeGreaterThanOrEqual(50);
        expect(secondCounts.OutboxMessage).toBeGreaterThan(firstCounts.OutboxMessage ?? 0);
        expect(firstCounts._prisma_migrations).toBeGreaterThan(0);

        writer.kill("SIGKILL");
        await new Promise((resolve) => writer.once("exit", resolve));
        expect(rowCounts(live).OutboxMessage).toBeGreaterThan(secondCounts.OutboxMessage ?? 0);

        // Restoring takes the live database back to the first backup, exactly.
        const { stdout } = await run(tsx, ["scripts/db.ts", "restore", first], { cwd: root, env });
        expect(stdout).toContain("integrity ok");
        expect(integrityCheck(live)).toBe("ok");
        expect(rowCounts(live)).toEqual(firstCounts);
      } finally {
        writer.kill("SIGKILL");
      }
    },
  );

  it("refuses to restore a file that is not an intact database", async () => {
    const env = { ...process.env };
    const failure = await run(tsx, ["scripts/db.ts", "restore", "package.json"], { cwd: root, env }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
  });
});
