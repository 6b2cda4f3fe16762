import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/*
 * Prisma's official WebAssembly schema engine, because the `prisma` CLI needs a native engine that
 * it downloads from a host this network cannot reach. The migration files and the
 * `_prisma_migrations` table are the CLI's own, so `prisma migrate deploy` works on them too.
 */

export type { SchemaEngine };

export const SCHEMA_NAME = "schema.prisma";
/**
 * Tables the models do not describe and the drift check must leave alone: SQLite's FTS5 search
 * index (written by hand in its migration, see lib/db/search-index/sqlite.ts) and the shadow
 * tables FTS5 keeps beside it. PostgreSQL's search index is an index on a model's table, which the
 * engine leaves alone by itself (and it wants schema-qualified names here).
 */
const SQLITE_EXTERNAL_TABLES = ["JournalSearchFts", "config", "content", "data", "docsize", "idx"].map(
  (name, i) => (i === 0 ? name : `JournalSearchFts_${name}`),
);
export const filters = { externalTables: SQLITE_EXTERNAL_TABLES, externalEnums: [] };
export const postgresFilters = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

// The package imports its .wasm bundler-style, which Node rejects: instantiate it by hand.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const modulePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(modulePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

// A driver error reaches us only as "External error id#N"; the real one is in the registry.
function explainDriverError(error: unknown, factory: { errorRegistry?: unknown }): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const registry = factory.errorRegistry as { registeredErrors?: unknown[] } | undefined;
  const cause = id === undefined ? undefined : registry?.registeredErrors?.[Number(id)];
  return cause ? new Error(`${message}: ${JSON.stringify(cause)}`) : error;
}

export function migrationDirectories(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function migrationsList(migrationsDir: string): MigrationList {
  const lock = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? readFileSync(lock, "utf8") : null },
    migrationDirectories: migrationDirectories(migrationsDir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"),
        },
      },
    })),
    shadowDbInitScript: "",
  };
}

/**
 * Runs `fn` with the engine open through an adapter factory, then frees it and lets the caller
 * close the factory's connections. One engine per database at a time.
 */
export async function withEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(adapter);
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_NAME, schema]] }, () => {}, factory);
    return await fn(engine);
  } catch (error) {
    throw explainDriverError(error, factory);
  } finally {
    engine?.free();
  }
}

/** The migration SQL that `diff` printed, or "" when there is nothing to do. */
export function migrationSql(stdout: string | null | undefined): string {
  const sql = (stdout ?? "").trim();
  return sql === "" || sql.startsWith("-- This is an empty migration") ? "" : `${sql}\n`;
}
