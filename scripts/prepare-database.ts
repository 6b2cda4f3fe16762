import { createPrismaClient } from "../lib/db/client";
import { applyMigrations, type MigrationPaths, projectPaths } from "../lib/db/migrate";
import { databaseUrl, redactedUrl } from "../lib/db/url";
import { syncCatalog } from "../lib/downloads/sync";
import { defaultStorage } from "../lib/downloads/storage";

/** What `npm run db:migrate` and `npm start` do: apply migrations, then sync the downloads catalogue. */
export async function prepareDatabase(paths: MigrationPaths = projectPaths()): Promise<void> {
  const url = databaseUrl();
  const name = redactedUrl(url);
  const applied = await applyMigrations(url, paths);
  console.log(
    applied.length ? `Database ${name}: applied ${applied.join(", ")}` : `Database ${name}: up to date`,
  );

  const db = createPrismaClient(url);
  try {
    const { created, updated } = await syncCatalog(db, defaultStorage());
    if (created.length || updated.length) {
      console.log(`Downloads catalogue: added ${created.length}, updated ${updated.length}`);
    }
  } finally {
    await db.$disconnect();
  }
}
