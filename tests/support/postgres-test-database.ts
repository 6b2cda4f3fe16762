import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * The PostgreSQL server the integration suite runs against (SENTAKU_TEST_POSTGRES_URL, a URL of
 * its maintenance database): each test file gets a database of its own, copied from a template
 * that the production runner migrated once, so files run in parallel without seeing each other.
 */
export function testServerUrl(): string | null {
  return process.env.SENTAKU_TEST_POSTGRES_URL?.trim() || null;
}

export function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function scratchDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
