import { readFileSync } from "node:fs";
import type { Db } from "./client";
import { migrationNames, type MigrationPaths } from "./migrate";
import { postgresSchemaFrom } from "./migrate-postgresql";
import { databaseProvider, redactedUrl } from "./url";

/** A reason the site cannot start on its database, said as the fix. */
export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}

/** The engine's message for a database that does not answer, turned into what to do about it. */
export function explainConnectionFailure(url: string, error: unknown): DatabaseStartError | null {
  const message = error instanceof Error ? error.message : String(error);
  if (
    !/Can't reach database server|ECONNREFUSED|ENOTFOUND|timeout|does not exist|authentication failed|password/i.test(
      message,
    )
  ) {
    return null;
  }
  const where = redactedUrl(url);
  const detail = message.split("\n")[0];
  return new DatabaseStartError(
    databaseProvider(url) === "postgresql"
      ? `the database at ${where} does not answer (${detail}). Check DATABASE_URL (host, port, user, password and database name) and that PostgreSQL is running; create the database first if it does not exist (createdb sentaku).`
      : `the SQLite database ${where} cannot be opened (${detail}). Check that DATABASE_URL names a file in a folder this user may write.`,
  );
}

/**
 * Before serving: the models this build was generated from are the ones the migrations hold, and
 * the database holds no migration this copy of the code does not know (a newer version was
 * deployed there, or someone migrated by hand). Either would fail later, on some request.
 */
export async function verifyMigrationState(db: Db, url: string, paths: MigrationPaths): Promise<void> {
  const provider = databaseProvider(url);
  const twin = postgresSchemaFrom(readFileSync(paths.schemaFile, "utf8"));
  if (twin !== readFileSync(paths.postgresSchemaFile, "utf8")) {
    throw new DatabaseStartError(
      "prisma/schema.prisma has changes that no migration holds: run `npm run db:migration -- <name>`, then start again.",
    );
  }
  const known = new Set(migrationNames(paths, provider));
  const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
    'SELECT "migration_name", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL',
  );
  const unknown = rows.map((row) => row.migration_name).filter((name) => !known.has(name));
  if (unknown.length) {
    throw new DatabaseStartError(
      `the database at ${redactedUrl(url)} has migrations this copy of Sentaku does not have (${unknown.join(", ")}): deploy the version that wrote them, or restore a backup taken before them.`,
    );
  }
}
