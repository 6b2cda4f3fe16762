import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import {
  adminQuery,
  databaseUrlOn,
  dropDatabase,
  scratchDatabaseName,
  testServerUrl,
} from "./postgres-test-database";

// Runs before each integration test file, before it imports the app's modules: a database of its
// own, migrated by the same runner as production, never a mocked client. The project decides
// which database (vitest.config.ts): a fresh SQLite file, or a fresh PostgreSQL database copied
// from the run's migrated template.
const dir = mkdtempSync(path.join(tmpdir(), "sentaku-test-"));
process.env.SENTAKU_DATA_DIR = dir;
let cleanup: () => Promise<void>;

if (process.env.SENTAKU_TEST_DATABASE === "postgresql") {
  const server = testServerUrl();
  if (!server) throw new Error("SENTAKU_TEST_POSTGRES_URL is not set.");
  const database = scratchDatabaseName("sentaku_test");
  await adminQuery(server, `CREATE DATABASE "${database}" TEMPLATE "${inject("postgresTemplate")}"`);
  process.env.DATABASE_URL = databaseUrlOn(server, database);
  // A PostgreSQL site must be given the secrets its instances share (lib/env.ts refuses to make
  // them up); these are the test run's.
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
  cleanup = () => dropDatabase(server, database);
} else {
  const file = path.join(dir, "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  await applyMigrations(process.env.DATABASE_URL);
  cleanup = async () => {};
}

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await cleanup();
  rmSync(dir, { recursive: true, force: true });
});
