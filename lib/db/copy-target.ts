import { existsSync } from "node:fs";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./client";
import { copyOrder, delegateOf, SITE_OWNED_MODELS } from "./copy-tables";
import { migrationNames, type MigrationPaths } from "./migrate";
import { DatabaseError } from "./scrub-errors";
import { databaseProvider, redactedUrl, sqlitePath } from "./url";

/** A reason `db:copy` will not run, said as the fix; nothing has been written when it is thrown. */
export class CopyRefused extends Error {
  override name = "CopyRefused";
}

/** Prisma's code for "the table does not exist": a database no migration has touched yet. */
const TABLE_MISSING = "P2021";

/** Prisma's codes for a database that cannot be opened, as what to do about it. */
const CANNOT_OPEN: Record<string, string> = {
  P1000: "the user name or password was refused",
  P1001: "the server does not answer; check the host and port, and that PostgreSQL is running",
  P1003: "the database does not exist; create it first (createdb <name>)",
  P1010: "the user may not open this database",
};

/** Opens the database with a trivial query; a failure to connect becomes a sentence that says why. */
export async function assertReachable(client: Db, url: string, role: "source" | "target"): Promise<void> {
  try {
    // A model query, not a raw one: raw queries report every failure as P2010.
    await client.user.count();
  } catch (error) {
    if (error instanceof DatabaseError && error.code === TABLE_MISSING) return;
    const reason = error instanceof DatabaseError && error.code ? CANNOT_OPEN[error.code] : undefined;
    if (!reason) throw error;
    throw new CopyRefused(`the ${role} database ${redactedUrl(url)} cannot be opened: ${reason}.`);
  }
}

/** Rows per model in a database, 0 for a table that does not exist yet. */
export async function occupancy(client: Db): Promise<Map<Prisma.ModelName, number>> {
  const counts = new Map<Prisma.ModelName, number>();
  for (const model of copyOrder()) {
    try {
      counts.set(model, await delegateOf(client, model).count());
    } catch (error) {
      if (error instanceof DatabaseError && error.code === TABLE_MISSING) counts.set(model, 0);
      else throw error;
    }
  }
  return counts;
}

/**
 * The target must hold no data of its own: members, sessions, entries, mail, sign-in attempts.
 * Merging two sites' rows would mix accounts and could collide on ids, and overwriting them would
 * lose them, so the copy only ever fills an empty database. The downloads catalogue does not count
 * (a site that was started once has it, see SITE_OWNED_MODELS).
 */
export function assertEmptyTarget(url: string, counts: Map<Prisma.ModelName, number>): void {
  const siteOwned = new Set<string>(SITE_OWNED_MODELS);
  const held = [...counts].filter(([model, rows]) => rows > 0 && !siteOwned.has(model));
  if (held.length) {
    throw new CopyRefused(
      `the database at ${redactedUrl(url)} already holds data (${held
        .map(([model, rows]) => `${model}: ${rows.toLocaleString("en-US")}`)
        .join(
          ", ",
        )}). db:copy only writes into an empty database, so that no member's data is overwritten or mixed with another site's; nothing was changed. Copy into a new database (createdb, or a new SQLite file), or empty this one first.`,
    );
  }
}

/**
 * The source must be at exactly the migrations this copy of the code has: its rows are read with
 * this code's models, and written into a target migrated to the same point.
 */
export async function assertSourceCurrent(client: Db, url: string, paths: MigrationPaths): Promise<void> {
  const expected = migrationNames(paths, databaseProvider(url));
  let applied: string[];
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL AND "finished_at" IS NOT NULL',
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    applied = [];
  }
  const missing = expected.filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !expected.includes(name));
  if (unknown.length) {
    throw new CopyRefused(
      `the source database ${redactedUrl(url)} has migrations this copy of Sentaku does not have (${unknown.join(", ")}): run db:copy from the version that wrote them.`,
    );
  }
  if (missing.length) {
    throw new CopyRefused(
      `the source database ${redactedUrl(url)} lacks ${missing.length} migration(s) (${missing.join(", ")}): run \`DATABASE_URL=<source> npm run db:migrate\` first, then copy.`,
    );
  }
}

/** Where a URL's data lives, so that copying a database onto itself is caught however it is spelled. */
function location(url: string): string {
  if (databaseProvider(url) === "sqlite") return sqlitePath(url);
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** Opening a SQLite file that is not there would create an empty one: say so instead. */
export function assertSourceExists(url: string): void {
  if (databaseProvider(url) === "sqlite" && !existsSync(sqlitePath(url))) {
    throw new CopyRefused(`the source database ${sqlitePath(url)} does not exist.`);
  }
}

export function assertDistinct(fromUrl: string, toUrl: string): void {
  if (location(fromUrl) === location(toUrl)) {
    throw new CopyRefused(`the source and the target are the same database (${redactedUrl(toUrl)}).`);
  }
}
