import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { SerializedAdapter } from "./serialized-adapter";

/**
 * Settings every connection runs with: WAL so readers never wait for the writer, FULL sync so a
 * write that returned survives a crash or power cut, a busy timeout so concurrent writers queue
 * instead of failing, enforced foreign keys so deleting a member cascades, and secure delete so
 * that what a member deletes is overwritten in the file, not merely marked free (see
 * forget-deleted.ts for the WAL).
 */
export const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
  "PRAGMA secure_delete = ON",
] as const;

const BUSY_TIMEOUT_MS = 5000;

/**
 * The better-sqlite3 adapter factory, wrapped so that each connection it opens has run
 * CONNECTION_PRAGMAS before Prisma sends its first query.
 */
export class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  readonly #serialize: boolean;

  /**
   * `serialize`: make each transaction own the connection until it ends (see SerializedAdapter).
   * The application's client needs it; the schema engine runs alone and drives its own queries.
   */
  constructor(file: string, { serialize = false }: { serialize?: boolean } = {}) {
    this.#serialize = serialize;
    mkdirSync(path.dirname(file), { recursive: true });
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  readonly #open = new Set<SqlDriverAdapter>();

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connectToShadowDb());
  }

  /**
   * Closes every connection this factory opened. The schema engine does not close its own when
   * freed, and its connection keeps the file locked, so the migration runner calls this.
   */
  async closeAll(): Promise<void> {
    const open = [...this.#open];
    this.#open.clear();
    await Promise.all(open.map((adapter) => adapter.dispose()));
  }

  async #track(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
    await adapter.executeScript(CONNECTION_PRAGMAS.join(";\n") + ";");
    const connection = this.#serialize ? new SerializedAdapter(adapter) : adapter;
    this.#open.add(connection);
    return connection;
  }
}
