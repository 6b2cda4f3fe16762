import { createPrismaClient } from "../lib/db/client";
import { applyMigrations, type MigrationPaths, projectPaths } from "../lib/db/migrate";
import { DatabaseStartError, explainConnectionFailure, verifyMigrationState } from "../lib/db/startup";
import { redactedUrl } from "../lib/db/url";
import { syncCatalog } from "../lib/downloads/sync";
import { defaultStorage } from "../lib/downloads/storage";
import { settings } from "../lib/env";

/**
 * What `npm run db:migrate` and `npm start` do: apply migrations, check that the database and the
 * code agree, then sync the downloads catalogue. A database that does not answer or does not
 * match stops here with a sentence that says what to fix (DatabaseStartError).
 */
export async function prepareDatabase(paths: MigrationPaths = projectPaths()): Promise<void> {
  const url = settings().databaseUrl;
  const name = redactedUrl(url);
  let applied: string[];
  try {
    applied = await applyMigrations(url, paths);
  } catch (error) {
    throw explainConnectionFailure(url, error) ?? error;
  }
  console.log(
    applied.length ? `Database ${name}: applied ${applied.join(", ")}` : `Database ${name}: up to date`,
  );

  const db = createPrismaClient(url);
  try {
    await verifyMigrationState(db, url, paths);
    const { created, updated } = await syncCatalog(db, defaultStorage());
    if (created.length || updated.length) {
      console.log(`Downloads catalogue: added ${created.length}, updated ${updated.length}`);
    }
  } finally {
    await db.$disconnect();
  }
}

/** Prints a start failure as one sentence, without a stack trace, and exits. */
export function exitOnStartError(error: unknown): never {
  if (error instanceof DatabaseStartError) {
    console.error(`\nSentaku cannot start: ${error.message}\n`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
}
