import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, DbTransaction } from "./client";

/** One row as Prisma returns it: every scalar column of the model, by field name. */
export type Row = Record<string, unknown>;

/**
 * What `db:copy` needs of a model, whichever model it is. Prisma's delegates are generic per
 * model; the copy handles every model the same way, so it sees them through this shape.
 */
export interface ModelDelegate {
  count(): Promise<number>;
  findMany(args: {
    orderBy: Record<string, "asc">[];
    take: number;
    skip?: number;
    cursor?: Row;
  }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  deleteMany(): Promise<{ count: number }>;
}

/**
 * The fields that identify a row of each model: its `@id`, `@@id` or, for VerificationToken, which
 * has neither, its `@unique` token. Batches are read in this order with a Prisma cursor. Typed as
 * a Record over Prisma.ModelName, so a model added to schema.prisma stops `tsc` here until the copy
 * knows how to page through it.
 */
export const ROW_KEYS: Record<Prisma.ModelName, readonly string[]> = {
  User: ["id"],
  Account: ["id"],
  Session: ["id"],
  VerificationToken: ["token"],
  SignInAttempt: ["id"],
  OutboxMessage: ["id"],
  JournalEntry: ["id"],
  EntryValue: ["entryId", "key"],
  ValueRanking: ["id"],
  Download: ["id"],
  DownloadEvent: ["id"],
  JournalSearch: ["id"],
  JournalDay: ["userId", "entryDate"],
  JournalValueUse: ["userId", "key"],
  SignInCode: ["id"],
  SignInCodeFailure: ["id"],
  EmailChange: ["id"],
  ReminderSchedule: ["userId"],
  ReminderSend: ["id"],
  SchedulerLease: ["name"],
};

/**
 * The order rows are written in: every model after the models its foreign keys point to (Prisma's
 * runtime data model names relations but not which side holds the key, so the order is written
 * here). A model missing from this list stops the copy before it writes (assertEveryModelKnown).
 */
export const COPY_ORDER: readonly Prisma.ModelName[] = [
  "User",
  "Account",
  "Session",
  "VerificationToken",
  "SignInAttempt",
  "SignInCode",
  "SignInCodeFailure",
  "EmailChange",
  "OutboxMessage",
  "JournalEntry",
  "EntryValue",
  "ValueRanking",
  "Download",
  "DownloadEvent",
  "JournalSearch",
  "JournalDay",
  "JournalValueUse",
  "ReminderSchedule",
  "ReminderSend",
  "SchedulerLease",
];

/**
 * Models the journal derives from its entries (the search index and the per-member figures, see
 * lib/journal/counters.ts and lib/db/search-index). They are not copied row by row but rebuilt on
 * the target from the copied entries, the way the site itself writes them: on SQLite the index
 * also lives in an FTS5 table that is no model, and copying JournalSearch ids by hand would leave
 * PostgreSQL's id sequence behind. Their checksums still have to match.
 */
export const DERIVED_MODELS: readonly Prisma.ModelName[] = ["JournalSearch", "JournalDay", "JournalValueUse"];

/** Surrogate keys a rebuilt table numbers afresh: left out of its checksum. */
export const CHECKSUM_IGNORED_FIELDS: Partial<Record<Prisma.ModelName, readonly string[]>> = {
  JournalSearch: ["id"],
};

/**
 * Models whose rows the site writes by itself on a fresh database, before any member exists: the
 * downloads catalogue, synced from content/downloads/manifest.json on every start. A target that
 * holds only these still counts as empty, and the copy replaces them (see copy.ts).
 */
export const SITE_OWNED_MODELS: readonly Prisma.ModelName[] = ["Download"];

/** Every model of the generated client, in copy order; throws on one this file does not know. */
export function copyOrder(models: readonly string[] = Object.values(Prisma.ModelName)): Prisma.ModelName[] {
  const known = new Set<string>(COPY_ORDER);
  const unknown = models.filter((model) => !known.has(model));
  if (unknown.length) {
    throw new Error(
      `db:copy does not know the model(s) ${unknown.join(", ")}: add them to COPY_ORDER and ROW_KEYS in lib/db/copy-tables.ts (after the models they reference) so no table is left behind.`,
    );
  }
  const present = new Set(models);
  return COPY_ORDER.filter((model) => present.has(model));
}

/**
 * The delegate of a model on a client (`db.journalEntry` for "JournalEntry"). The one cast of the
 * copy: the delegates differ in type per model, and the copy treats them all alike.
 */
export function delegateOf(client: Db | DbTransaction, model: Prisma.ModelName): ModelDelegate {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  const delegate = (client as unknown as Record<string, ModelDelegate | undefined>)[name];
  if (!delegate) throw new Error(`The database client has no model ${model}.`);
  return delegate;
}

/** The Prisma cursor that points at a row: `{ id }`, or `{ entryId_key: { entryId, key } }`. */
function cursorOf(row: Row, keys: readonly string[]): Row {
  if (keys.length === 1) {
    const [key] = keys;
    return key ? { [key]: row[key] } : {};
  }
  return { [keys.join("_")]: Object.fromEntries(keys.map((key) => [key, row[key]])) };
}

/**
 * All rows of a model, `size` at a time, in the database's order of its key. Each page starts
 * after the last row of the one before (a cursor, not an offset), so a page costs the same at the
 * end of a large table as at its start.
 */
export async function* readInBatches(
  client: Db,
  model: Prisma.ModelName,
  size: number,
): AsyncGenerator<Row[]> {
  const keys = ROW_KEYS[model];
  const orderBy = keys.map((key) => ({ [key]: "asc" as const }));
  const delegate = delegateOf(client, model);
  let last: Row | undefined;
  for (;;) {
    const page = await delegate.findMany(
      last ? { orderBy, take: size, skip: 1, cursor: cursorOf(last, keys) } : { orderBy, take: size },
    );
    if (page.length) yield page;
    if (page.length < size) return;
    last = page[page.length - 1];
  }
}
