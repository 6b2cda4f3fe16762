import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";

// Runs before each integration test file, before it imports the app's modules: a fresh SQLite
// file, migrated by the same runner as production, never a mocked client.
const dir = mkdtempSync(path.join(tmpdir(), "sentaku-test-"));
const file = path.join(dir, "test.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.SENTAKU_DATA_DIR = dir;
await applyMigrations(file);

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});
