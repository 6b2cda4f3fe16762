import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";

const run = promisify(execFile);
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const scratch = mkdtempSync(path.join(tmpdir(), "sentaku-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a start-up command with its own environment; resolves with its exit code and output. */
async function attempt(script: string[], env: Record<string, string>) {
  return run(tsx, script, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", SENTAKU_DATA_DIR: scratch, ...env },
    timeout: 60_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
    }),
  );
}

// Bad settings stop `npm start` before it builds or serves, with a sentence that names the fix
// and no stack trace.
describe("npm start with bad database settings", { timeout: 120_000 }, () => {
  it("refuses a PostgreSQL URL without the secrets every instance must share", async () => {
    const base = { DATABASE_URL: "postgresql://sentaku@127.0.0.1:1/sentaku" };
    const noSecret = await attempt(["scripts/start.ts"], base);
    expect(noSecret.code).toBe(1);
    expect(noSecret.output).toContain("Sentaku cannot start: NEXTAUTH_SECRET is not set");
    expect(noSecret.output).not.toMatch(/\n\s+at /);

    const noKey = await attempt(["scripts/start.ts"], { ...base, NEXTAUTH_SECRET: "x".repeat(40) });
    expect(noKey.code).toBe(1);
    expect(noKey.output).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set");
  });

  it("names the database that does not answer and what to check", async () => {
    const result = await attempt(["scripts/db.ts", "migrate"], {
      DATABASE_URL: "postgresql://sentaku:secret@127.0.0.1:1/sentaku",
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "Sentaku cannot start: the database at postgresql://sentaku:***@127.0.0.1:1/sentaku does not answer",
    );
    expect(result.output).toContain("Check DATABASE_URL");
    expect(result.output).not.toContain("secret@");
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it("refuses a database that holds a migration this code does not have", async () => {
    const file = path.join(scratch, "newer.db");
    await applyMigrations(`file:${file}`);
    const database = new Database(file);
    database
      .prepare(
        "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29990101000000_from_the_future', 0, 0, 1)",
      )
      .run();
    database.close();
    const result = await attempt(["scripts/db.ts", "migrate"], { DATABASE_URL: `file:${file}` });
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "has migrations this copy of Sentaku does not have (29990101000000_from_the_future)",
    );
  });
});
