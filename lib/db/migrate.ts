import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { SqliteAdapterFactory } from "./sqlite";

/*
 * Standard Prisma migrations (prisma/migrations/<timestamp>_<name>/migration.sql), applied and
 * created with Prisma's official WebAssembly schema engine, because the `prisma` CLI needs a
 * native engine that it downloads from a host this network cannot reach. The files and the
 * `_prisma_migrations` table are the CLI's own, so `prisma migrate deploy` works on them too.
 */

export interface MigrationPaths {
  root: string;
  schemaFile: string;
  migrationsDir: string;
}

export function projectPaths(root: string = process.cwd()): MigrationPaths {
  return {
    root,
    schemaFile: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
  };
}

const filters = { externalTables: [], externalEnums: [] };
const SCHEMA_NAME = "schema.prisma";
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

export function migrationNames(paths: MigrationPaths): string[] {
  if (!existsSync(paths.migrationsDir)) return [];
  return readdirSync(paths.migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function migrationsList(paths: MigrationPaths): MigrationList {
  const lock = path.join(paths.migrationsDir, "migration_lock.toml");
  return {
    baseDir: paths.migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? readFileSync(lock, "utf8") : null },
    migrationDirectories: migrationNames(paths).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: readFileSync(path.join(paths.migrationsDir, name, "migration.sql"), "utf8"),
        },
      },
    })),
    shadowDbInitScript: "",
  };
}

/** Runs `fn` with the engine open on a SQLite file, then closes it. One engine per file at a time. */
async function withEngine<T>(file: string, paths: MigrationPaths, fn: (engine: SchemaEngine) => Promise<T>) {
  await loadWasm();
  const sqlite = new SqliteAdapterFactory(file);
  const factory = bindMigrationAwareSqlAdapterFactory(sqlite);
  const schema = readFileSync(paths.schemaFile, "utf8");
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_NAME, schema]] }, () => {}, factory);
    return await fn(engine);
  } catch (error) {
    throw explainDriverError(error, factory);
  } finally {
    engine?.free();
    await sqlite.closeAll();
  }
}

/** Applies pending migrations to the SQLite file, like `prisma migrate deploy`. Idempotent. */
export async function applyMigrations(
  file: string,
  paths: MigrationPaths = projectPaths(),
): Promise<string[]> {
  return withEngine(file, paths, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationsList(paths),
      filters,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database migrated by the existing migrations to schema.prisma; "" when
 * they agree. Diffing from the migrations directly needs a shadow database, which fails with
 * better-sqlite3 (P3006), so the migrations are applied to a scratch file that is then diffed.
 */
export async function pendingMigrationSql(paths: MigrationPaths = projectPaths()): Promise<string> {
  const scratch = mkdtempSync(path.join(tmpdir(), "sentaku-migrations-"));
  const schema = readFileSync(paths.schemaFile, "utf8");
  try {
    return await withEngine(path.join(scratch, "scratch.db"), paths, async (engine) => {
      await engine.applyMigrations({ migrationsList: migrationsList(paths), filters });
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
      const sql = (stdout ?? "").trim();
      return sql === "" || sql.startsWith("-- This is an empty migration") ? "" : `${sql}\n`;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes the next migration from the difference; returns its folder, or null when there is none. */
export async function createMigration(
  name: string,
  paths: MigrationPaths = projectPaths(),
  now: Date = new Date(),
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration names use lower-case letters, digits and "_": got "${name}".`);
  }
  const sql = await pendingMigrationSql(paths);
  if (!sql) return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), `-- ${name}\n${sql}`);
  const lock = path.join(paths.migrationsDir, "migration_lock.toml");
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
    );
  }
  return dir;
}
