// The project's database commands (see README): migrate, create <name>, check, backup, restore,
// copy <from> <to>.
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  backupDatabase,
  defaultBackupPath,
  integrityCheck,
  restoreDatabase,
  rowCounts,
} from "../lib/db/backup";
import { copyDatabase, formatCopyReport } from "../lib/db/copy";
import { CopyRefused } from "../lib/db/copy-target";
import { createMigration, migrationDrift, projectPaths } from "../lib/db/migrate";
import {
  backupPostgres,
  defaultPostgresBackupPath,
  postgresRowCounts,
  restorePostgres,
} from "../lib/db/backup-postgresql";
import { databaseProvider, redactedUrl, sqlitePath } from "../lib/db/url";
import { settings } from "../lib/env";
import { exitOnStartError, prepareDatabase } from "./prepare-database";

async function main(): Promise<number> {
  const [command, name, second] = process.argv.slice(2);
  // Tests point the commands at a copy of prisma/ to show what drift looks like.
  const paths = projectPaths(process.env.SENTAKU_PROJECT_ROOT ?? process.cwd());
  switch (command) {
    case "migrate":
      await prepareDatabase(paths);
      return 0;
    case "create": {
      if (!name) {
        console.error("Name the migration: npm run db:migration -- <name>");
        return 2;
      }
      const written = await createMigration(name, paths);
      console.log(
        written.length
          ? written.map((dir) => `Wrote ${path.relative(paths.root, dir)}`).join("\n")
          : "schema.prisma matches the migrations of both databases: nothing to write.",
      );
      // The PostgreSQL client is generated from the twin schema that was just written.
      if (written.length) {
        spawnSync(process.execPath, [path.join(import.meta.dirname, "prisma-generate.mjs")], {
          stdio: "inherit",
        });
      }
      return 0;
    }
    case "check": {
      const drift = await migrationDrift(paths);
      if (drift.length) {
        console.error(
          "schema.prisma has changes that no migration holds. Run: npm run db:migration -- <name>\n\n" +
            drift.join("\n"),
        );
        return 1;
      }
      console.log("Migrations match schema.prisma (SQLite and PostgreSQL).");
      return 0;
    }
    case "backup": {
      const url = settings().databaseUrl;
      if (databaseProvider(url) === "postgresql") {
        const destination = path.resolve(name ?? defaultPostgresBackupPath(url, settings().dataDir));
        return reportFailure(async () => {
          const { tables } = await backupPostgres(url, destination);
          const counts = await postgresRowCounts(url);
          console.log(
            `Backed up ${redactedUrl(url)} to ${destination} (pg_dump custom format, checked with pg_restore --list: data of ${tables} tables; the database holds ${summary(counts)})`,
          );
        });
      }
      const live = sqlitePath(url);
      const destination = path.resolve(name ?? defaultBackupPath(live));
      backupDatabase(live, destination);
      const counts = rowCounts(destination);
      console.log(`Backed up ${live} to ${destination} (integrity ok; ${summary(counts)})`);
      return 0;
    }
    case "restore": {
      if (!name) {
        console.error("Name the backup to restore: npm run db:restore -- <file>");
        return 2;
      }
      const url = settings().databaseUrl;
      if (databaseProvider(url) === "postgresql") {
        return reportFailure(async () => {
          await restorePostgres(path.resolve(name), url);
          console.log(`Restored ${redactedUrl(url)} from ${name} (${summary(await postgresRowCounts(url))})`);
        });
      }
      const live = sqlitePath(url);
      restoreDatabase(path.resolve(name), live);
      console.log(
        `Restored ${live} from ${name} (integrity ${integrityCheck(live)}; ${summary(rowCounts(live))})`,
      );
      return 0;
    }
    case "copy": {
      if (!name || !second) {
        console.error("Name both databases: npm run db:copy -- <from-url> <to-url>");
        return 2;
      }
      try {
        const report = await copyDatabase(name, second, { paths, log: (line) => console.log(line) });
        console.log(`\n${formatCopyReport(report)}`);
        return report.ok ? 0 : 1;
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        console.error(`db:copy ${error instanceof CopyRefused ? "refused" : "failed"}: ${error.message}`);
        return 1;
      }
    }
    default:
      console.error(
        "Usage: tsx scripts/db.ts migrate | create <name> | check | backup [file] | restore <file> | copy <from-url> <to-url>",
      );
      return 2;
  }
}

/** PostgreSQL backups fail with a sentence (which tool, what to install, what was kept): print it alone. */
async function reportFailure(work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

function summary(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return `${total} rows in ${Object.keys(counts).length} tables`;
}

main().then((code) => process.exit(code), exitOnStartError);
