import { existsSync, readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { postgresAdapter } from "./postgresql";
import {
  migrationsList,
  postgresFilters as filters,
  migrationSql,
  SCHEMA_NAME,
  withEngine,
} from "./schema-engine";

/*
 * PostgreSQL migrations live in prisma/postgresql/migrations beside the schema they were written
 * from, prisma/postgresql/schema.prisma: the models of prisma/schema.prisma with the PostgreSQL
 * provider. That file is written only by `npm run db:migration`, so it is always the schema as of
 * the last PostgreSQL migration, and the next migration is the engine's diff from it to the
 * models as they are now. The engine reads no database for that diff but still wants a
 * PostgreSQL connection to open, so it gets PGlite (real PostgreSQL compiled to WebAssembly,
 * in-process) when no server is given: creating and checking migrations needs no server.
 */

export const POSTGRESQL_OUTPUT = "../../lib/generated/prisma-postgresql";

/** The PostgreSQL twin of the SQLite schema: same models, another provider and client folder. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const header =
    "// Written by `npm run db:migration` from prisma/schema.prisma: the same models for PostgreSQL,\n" +
    "// as of the last migration in prisma/postgresql/migrations. Change prisma/schema.prisma, not this.\n";
  const body = sqliteSchema
    .replace(/^(\/\/.*\n)+\n?/, "")
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"[^"]*"/, `output$1= "${POSTGRESQL_OUTPUT}"`);
  if (body === sqliteSchema.replace(/^(\/\/.*\n)+\n?/, "")) {
    throw new Error('prisma/schema.prisma must name provider = "sqlite" and an output folder.');
  }
  return `${header}\n${body}`;
}

/** Tracks the pools a factory opens so the caller can end them: the engine never closes its own. */
class ClosingFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  readonly #inner: ReturnType<typeof postgresAdapter>;
  readonly #open: SqlDriverAdapter[] = [];

  constructor(url: string) {
    this.#inner = postgresAdapter(url, 1);
    this.adapterName = this.#inner.adapterName;
  }

  async connect() {
    const adapter = await this.#inner.connect();
    this.#open.push(adapter);
    return adapter;
  }

  async connectToShadowDb() {
    const adapter = await this.#inner.connectToShadowDb();
    this.#open.push(adapter);
    return adapter;
  }

  async closeAll() {
    await Promise.all(this.#open.splice(0).map((adapter) => adapter.dispose()));
  }
}

async function withPostgresEngine<T>(
  url: string,
  schema: string,
  fn: Parameters<typeof withEngine<T>>[2],
): Promise<T> {
  const factory = new ClosingFactory(url);
  try {
    return await withEngine(factory, schema, fn);
  } finally {
    await factory.closeAll();
  }
}

/** Runs `fn` with the URL of a throwaway in-process PostgreSQL (PGlite behind a local socket). */
export async function withScratchPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const pglite = await PGlite.create();
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0 });
  await server.start();
  try {
    return await fn(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
    await pglite.close();
  }
}

export async function applyPostgresMigrations(
  url: string,
  schemaFile: string,
  migrationsDir: string,
): Promise<string[]> {
  const schema = readFileSync(schemaFile, "utf8");
  return withPostgresEngine(url, schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationsList(migrationsDir),
      filters,
    });
    return appliedMigrationNames;
  });
}

export interface PostgresPending {
  /** The next migration's SQL; "" when the models have not changed since the last one. */
  sql: string;
  /** The PostgreSQL schema as it should be after that migration. */
  schema: string;
  /** False when prisma/postgresql/schema.prisma is not that text (it needs writing). */
  schemaFileCurrent: boolean;
}

export async function pendingPostgresMigration(
  sqliteSchemaFile: string,
  postgresSchemaFile: string,
): Promise<PostgresPending> {
  const schema = postgresSchemaFrom(readFileSync(sqliteSchemaFile, "utf8"));
  const committed = existsSync(postgresSchemaFile) ? readFileSync(postgresSchemaFile, "utf8") : null;
  if (committed === schema) return { sql: "", schema, schemaFileCurrent: true };
  const sql = await withScratchPostgres((url) =>
    withPostgresEngine(url, schema, async (engine) => {
      const { stdout } = await engine.diff({
        from: committed
          ? { tag: "schemaDatamodel", files: [{ path: SCHEMA_NAME, content: committed }] }
          : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_NAME, content: schema }] },
        script: true,
        exitCode: null,
        filters,
      });
      return migrationSql(stdout);
    }),
  );
  return { sql, schema, schemaFileCurrent: false };
}
