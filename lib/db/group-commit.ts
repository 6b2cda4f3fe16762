import type { Db, DbTransaction } from "./client";

// Why saves share a transaction (issue 17). On SQLite every COMMIT waits for an fsync
// (synchronous = FULL, so a save that returned survives a power cut), better-sqlite3 waits for it
// synchronously, on the one event loop every request shares, and the one connection belongs to
// one transaction at a time (serialized-adapter.ts). Twenty members saving at once therefore
// queued behind twenty fsyncs. Here saves that arrive while a transaction is running wait for it
// and then go together into the next one: one BEGIN, each save in a SAVEPOINT of its own, one
// COMMIT and one fsync for all of them. Nothing is settled before that COMMIT has returned, so a
// save that returned is on disk exactly as before.
//
// On PostgreSQL the same code runs unchanged: one transaction instead of many spares every save
// a commit round trip and Prisma's per-transaction work. The saves of a batch keep their row locks
// until its COMMIT, so two instances whose batches hold saves of the same two members in opposite
// order can deadlock; PostgreSQL then fails one statement, which fails only that save (its
// savepoint rolls back), never the batch.

/** Saves in one transaction at most: bounds how long the last of them waits for the first. */
export const BATCH_JOBS_MAX = 32;
/**
 * A whole batch's time limit. Prisma's default of 5 s is meant for one save; a batch of
 * BATCH_JOBS_MAX saves of the longest entries (20,000 characters) took about 0.5 s on the
 * development machine, twenty ordinary ones about 50 ms. A stuck batch must still end.
 */
const BATCH_TIMEOUT_MS = 10_000;

// Constant names, never input: each job's savepoint is released or rolled back before the next.
const SAVEPOINT = "group_commit_job";

interface Job {
  work: (tx: DbTransaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommitStats {
  /** Transactions committed or attempted. */
  batches: number;
  /** Jobs run in them. */
  jobs: number;
}

/**
 * Runs jobs so that those arriving together share one transaction. A job's writes commit with its
 * batch or not at all; a job that throws rolls back its own writes and rejects alone; a batch whose
 * COMMIT fails rejects every job in it. A job must use only the `tx` it is given, and it runs in
 * the async context of whichever job started the batch, so it must not read request state.
 */
export class GroupCommit {
  readonly #db: Db;
  readonly #waiting: Job[] = [];
  #busy = false;
  readonly #stats: GroupCommitStats = { batches: 0, jobs: 0 };

  constructor(db: Db) {
    this.#db = db;
  }

  /** Resolves with the job's result once its batch has committed. */
  run<T>(work: (tx: DbTransaction) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: (value) => resolve(value as T), reject });
      if (this.#busy) return;
      this.#busy = true;
      // The first job does not wait for company: the batch starts once the requests already read
      // in this turn of the event loop have had the chance to join it.
      setImmediate(() => void this.#drain());
    });
  }

  /** Counts since this committer was made, for tests and measurements. */
  stats(): GroupCommitStats {
    return { ...this.#stats };
  }

  async #drain(): Promise<void> {
    try {
      while (this.#waiting.length > 0) await this.#commit(this.#waiting.splice(0, BATCH_JOBS_MAX));
    } finally {
      this.#busy = false;
    }
  }

  async #commit(batch: Job[]): Promise<void> {
    this.#stats.batches += 1;
    this.#stats.jobs += batch.length;
    let outcomes: Outcome[];
    try {
      outcomes = await this.#db.$transaction(
        async (tx) => {
          // A job alone needs no savepoint: its failure may roll back the whole transaction.
          const [only] = batch;
          if (batch.length === 1 && only) return [{ ok: true, value: await only.work(tx) }];
          const done: Outcome[] = [];
          for (const job of batch) done.push(await attempt(tx, job));
          return done;
        },
        { timeout: BATCH_TIMEOUT_MS },
      );
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome ? outcome.error : new Error("A job of the batch has no outcome."));
    });
  }
}

/**
 * One job in its own savepoint. Its failure is its outcome; a savepoint that cannot be released or
 * rolled back throws instead, failing the whole batch, so a failed job's writes can never commit.
 */
async function attempt(tx: DbTransaction, job: Job): Promise<Outcome> {
  await tx.$executeRawUnsafe(`SAVEPOINT ${SAVEPOINT}`);
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: await job.work(tx) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  if (!outcome.ok) await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  return outcome;
}

// One committer per client, or saves would not find each other. On globalThis because the server
// bundles this module more than once (see client.ts), and every copy must hand out the same one.
const globalForGroupCommit = globalThis as unknown as { sentakuGroupCommit?: WeakMap<Db, GroupCommit> };
const committers = (globalForGroupCommit.sentakuGroupCommit ??= new WeakMap());

/** The group committer for this database client. */
export function groupCommitOf(client: Db): GroupCommit {
  let committer = committers.get(client);
  if (!committer) {
    committer = new GroupCommit(client);
    committers.set(client, committer);
  }
  return committer;
}
