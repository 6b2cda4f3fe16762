import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock: `acquire` resolves with the function that releases it. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release: () => void = () => {};
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * The better-sqlite3 adapter holds one connection and lets queries from other requests run on it
 * while an interactive transaction is open, so they would join that transaction, see its
 * uncommitted rows, and be rolled back with it after they had returned. This wrapper makes a
 * transaction own the connection from BEGIN to COMMIT/ROLLBACK: every other query waits for it.
 */
export class SerializedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #lock = new Lock();
  readonly getConnectionInfo?: () => ConnectionInfo;

  constructor(inner: SqlDriverAdapter) {
    this.#inner = inner;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo)
      this.getConnectionInfo = () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#lock.run(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#lock.run(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#lock.run(() => this.#inner.executeScript(script));
  }

  dispose(): Promise<void> {
    return this.#inner.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      return releasing(await this.#inner.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

/**
 * Prisma ends a transaction by sending COMMIT or ROLLBACK itself and then calling commit() or
 * rollback() here. When COMMIT fails it calls rollback() without sending ROLLBACK, and SQLite may
 * keep the transaction open after a failed COMMIT (a deferred foreign key; SQLITE_BUSY): the next
 * owner of the connection would then run inside it, see its rows, and lose its own writes with
 * it. So a transaction that has not ended yet is rolled back here, as SQLite's documentation asks
 * after such errors; if SQLite already rolled it back, that ROLLBACK fails harmlessly.
 */
function releasing(transaction: Transaction, release: () => void): Transaction {
  let open = true;
  let ended = false;
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      if (open) {
        open = false;
        release();
      }
    }
  };
  const rollBack = async () => {
    if (ended) return;
    await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: async (query) => {
      const changed = await transaction.executeRaw(query);
      if (ENDS_TRANSACTION.test(query.sql)) ended = true;
      return changed;
    },
    commit: () => end(() => transaction.commit()),
    rollback: () => end(() => rollBack().then(() => transaction.rollback())),
    ...(transaction.createSavepoint && {
      createSavepoint: (name: string) => transaction.createSavepoint?.(name) ?? Promise.resolve(),
    }),
    ...(transaction.rollbackToSavepoint && {
      rollbackToSavepoint: (name: string) => transaction.rollbackToSavepoint?.(name) ?? Promise.resolve(),
    }),
    ...(transaction.releaseSavepoint && {
      releaseSavepoint: (name: string) => transaction.releaseSavepoint?.(name) ?? Promise.resolve(),
    }),
  };
}
