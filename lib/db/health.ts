import type { Db } from "./client";
import { privateErrorSummary } from "./scrub-errors";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

/**
 * Whether the database answers a trivial query through the app's own client (so the same pool,
 * adapter and settings as every request). `SELECT 1` is valid on SQLite and PostgreSQL alike. The
 * reason names the error's class and code only, never its message (see privateErrorSummary).
 */
export async function databaseHealth(client: Db): Promise<DatabaseHealth> {
  try {
    await client.$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `database unavailable (${privateErrorSummary(error)})` };
  }
}
