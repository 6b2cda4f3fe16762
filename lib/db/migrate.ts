import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  applyPostgresMigrations,
  pendingPostgresMigration,
  type PostgresPending,
} from "./migrate-postgresql";
import {
  filters,
  migrationDirectories,
  migrationsList,
  migrationSql,
  SCHEMA_NAME,
  withEngine,
} from "./schema-engine";
import { SqliteAdapterFactory } from "./sqlite";
import { databaseProvider, type DatabaseProvider, sqlitePath } from "./url";

/*
 * Standard Prisma migrations for each database: prisma/migrations (SQLite, from
 * prisma/schema.prisma) and prisma/postgresql/migrations (PostgreSQL, from its twin, see
 * migrate-postgresql.ts). `npm run db:migration` writes both, `db:check` fails while either
 * lags behind the models, and `db:migrate` applies the folder of the database in DATABASE_URL.
 */

export interface MigrationPaths {
  root: string;
  schemaFile: string;
  migrationsDir: string;
  postgresSchemaFile: string;
  postgresMigrationsDir: string;
}

export function projectPaths(root: string = process.cwd()): MigrationPaths {
  return {
    root,
    schemaFile: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
    postgresSchemaFile: path.join(root, "prisma", "postgresql", "schema.prisma"),
    postgresMigrationsDir: path.join(root, "prisma", "postgresql", "migrations"),
  };
}

export function migrationNames(paths: MigrationPaths, provider: DatabaseProvider = "sqlite"): string[] {
  return migrationDirectories(provider === "sqlite" ? paths.migrationsDir : paths.postgresMigrationsDir);
}

async function withSqliteEngine<T>(file: string, schema: string, fn: Parameters<typeof withEngine<T>>[2]) {
  const sqlite = new SqliteAdapterFactory(file);
  try {
    return await withEngine(sqlite, schema, fn);
  } finally {
    // The engine does not close its connection when freed, and it keeps the file locked.
    await sqlite.closeAll();
  }
}

/** Applies pending migrations to the database a URL names, like `prisma migrate deploy`. Idempotent. */
export async function applyMigrations(
  url: string,
  paths: MigrationPaths = projectPaths(),
): Promise<string[]> {
  if (databaseProvider(url) === "postgresql") {
    return applyPostgresMigrations(url, paths.postgresSchemaFile, paths.postgresMigrationsDir);
  }
  const schema = readFileSync(paths.schemaFile, "utf8");
  return withSqliteEngine(sqlitePath(url), schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationsList(paths.migrationsDir),
      filters,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a SQLite database migrated by the existing migrations to schema.prisma; ""
 * when they agree. Diffing from the migrations directly needs a shadow database, which fails with
 * better-sqlite3 (P3006), so the migrations are applied to a scratch file that is then diffed.
 */
export async function pendingMigrationSql(paths: MigrationPaths = projectPaths()): Promise<string> {
  const scratch = mkdtempSync(path.join(tmpdir(), "sentaku-migrations-"));
  const schema = readFileSync(paths.schemaFile, "utf8");
  try {
    return await withSqliteEngine(path.join(scratch, "scratch.db"), schema, async (engine) => {
      await engine.applyMigrations({ migrationsList: migrationsList(paths.migrationsDir), filters });
      const { stdout } = await engine.diff({
        from: {
          tag: "schemaDatasource",
          files: [{ path: SCHEMA_NAME, content: schema }],
          configDir: paths.root,
        },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_NAME, content: schema }] },
        script: true,
        exitCode: null,
        filters,
      });
      return migrationSql(stdout);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function pendingPostgresMigrationSql(
  paths: MigrationPaths = projectPaths(),
): Promise<PostgresPending> {
  return pendingPostgresMigration(paths.schemaFile, paths.postgresSchemaFile);
}

/** What `db:check` reports: one line per database whose migrations lag behind schema.prisma. */
export async function migrationDrift(paths: MigrationPaths = projectPaths()): Promise<string[]> {
  const drift: string[] = [];
  const sqlite = await pendingMigrationSql(paths);
  if (sqlite) drift.push(`SQLite (prisma/migrations) lacks:\n${sqlite}`);
  const postgres = await pendingPostgresMigrationSql(paths);
  if (postgres.sql) drift.push(`PostgreSQL (prisma/postgresql/migrations) lacks:\n${postgres.sql}`);
  else if (!postgres.schemaFileCurrent) {
    drift.push("prisma/postgresql/schema.prisma is not the PostgreSQL twin of prisma/schema.prisma.");
  }
  return drift;
}

function writeMigration(dir: string, name: string, stamp: string, sql: string, provider: string): string {
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), `-- ${name}\n${sql}`);
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  return folder;
}

/**
 * Writes the next migration of each database from the difference, and the PostgreSQL twin of the
 * schema with it; returns the folders written (none when the migrations already agree).
 */
export async function createMigration(
  name: string,
  paths: MigrationPaths = projectPaths(),
  now: Date = new Date(),
): Promise<string[]> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration names use lower-case letters, digits and "_": got "${name}".`);
  }
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const written: string[] = [];
  const sqlite = await pendingMigrationSql(paths);
  if (sqlite) written.push(writeMigration(paths.migrationsDir, name, stamp, sqlite, "sqlite"));
  const postgres = await pendingPostgresMigrationSql(paths);
  if (postgres.sql) {
    written.push(writeMigration(paths.postgresMigrationsDir, name, stamp, postgres.sql, "postgresql"));
  }
  if (!postgres.schemaFileCurrent) {
    mkdirSync(path.dirname(paths.postgresSchemaFile), { recursive: true });
    writeFileSync(paths.postgresSchemaFile, postgres.schema);
  }
  return written;
}
