// Members, sessions, entries and rankings for tests, the benchmark and demo data, written through
// the application's own Prisma client so that they are stored exactly as the app stores them, on
// whichever database DATABASE_URL names. Never imported by the application itself.
import { randomBytes, randomUUID } from "node:crypto";
import { recount } from "@/lib/journal/counters";
import { createPrismaClient, type Db, type DbTransaction } from "./client";
import { searchIndexOf } from "./search-index";

/**
 * Rows per createMany. SQLite allows 32,766 bound values a statement and PostgreSQL 65,535; an
 * entry has 8 columns, so a thousand rows stay well inside both and keep each statement small.
 */
const BATCH_ROWS = 1000;

/** Batches per transaction: one commit (one fsync with synchronous = FULL) per ten thousand rows. */
const BATCHES_PER_TRANSACTION = 10;

const DAY_MS = 86_400_000;

/** Opens a client on `url`, hands it to `seed`, and disconnects it whatever happens. */
export async function withSeedClient<T>(url: string, seed: (db: Db) => Promise<T>): Promise<T> {
  const db = createPrismaClient(url);
  try {
    return await seed(db);
  } finally {
    await db.$disconnect();
  }
}

function newId(): string {
  return `seed${randomUUID().replaceAll("-", "")}`;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes rows with createMany, BATCH_ROWS at a time, BATCHES_PER_TRANSACTION batches per
 * transaction. Inserting row by row took a commit per row; one huge statement exceeds the
 * databases' limits on bound values.
 */
async function insertInBatches<T>(
  db: Db,
  rows: readonly T[],
  insert: (tx: DbTransaction, batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (const group of chunks(chunks(rows, BATCH_ROWS), BATCHES_PER_TRANSACTION)) {
    await db.$transaction(
      async (tx) => {
        for (const batch of group) await insert(tx, batch);
      },
      { timeout: 60_000 },
    );
  }
}

export interface SeedMember {
  id: string;
  email: string;
}

export interface MemberInput {
  email: string;
  id?: string;
  createdAt?: Date;
}

/** Members who have confirmed their address, as the first sign-in leaves them. */
export async function createMembers(db: Db, members: readonly MemberInput[]): Promise<SeedMember[]> {
  const now = new Date();
  const rows = members.map((member) => ({
    id: member.id ?? newId(),
    email: member.email,
    emailVerified: member.createdAt ?? now,
    createdAt: member.createdAt ?? now,
  }));
  await insertInBatches(db, rows, (tx, batch) => tx.user.createMany({ data: batch }));
  return rows.map(({ id, email }) => ({ id, email }));
}

export async function createMember(db: Db, member: MemberInput): Promise<SeedMember> {
  const [created] = await createMembers(db, [member]);
  if (!created) throw new Error("createMembers returned no member");
  return created;
}

/** The member with this address, created if there is none yet. */
export async function findOrCreateMember(db: Db, email: string): Promise<SeedMember> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  return existing ? { id: existing.id, email } : createMember(db, { email });
}

/**
 * Database sessions as NextAuth stores them: the returned token is the value of the
 * `next-auth.session-token` cookie. Valid for a day unless `expires` says otherwise.
 */
export async function createSessions(
  db: Db,
  userIds: readonly string[],
  { expires = new Date(Date.now() + DAY_MS) }: { expires?: Date } = {},
): Promise<string[]> {
  const rows = userIds.map((userId) => ({
    id: newId(),
    sessionToken: randomBytes(32).toString("hex"),
    userId,
    expires,
  }));
  await insertInBatches(db, rows, (tx, batch) => tx.session.createMany({ data: batch }));
  return rows.map((row) => row.sessionToken);
}

export async function createSession(
  db: Db,
  userId: string,
  options: { expires?: Date } = {},
): Promise<string> {
  const [token] = await createSessions(db, [userId], options);
  if (!token) throw new Error("createSessions returned no token");
  return token;
}

export interface EntryInput {
  userId: string;
  body: string;
  entryDate: string;
  title?: string | null;
  mood?: number | null;
  /** Value keys: catalogue keys ("family") or a member's own ("custom:副業"). */
  values?: readonly string[];
  createdAt?: Date;
}

/** Journal entries with their value tags, in bulk. Returns the entries' ids in input order. */
export async function createEntries(db: Db, entries: readonly EntryInput[]): Promise<string[]> {
  const now = new Date();
  const rows = entries.map((entry) => ({
    id: newId(),
    userId: entry.userId,
    title: entry.title ?? null,
    body: entry.body,
    entryDate: entry.entryDate,
    mood: entry.mood ?? null,
    createdAt: entry.createdAt ?? now,
    updatedAt: entry.createdAt ?? now,
  }));
  const values = entries.flatMap((entry, i) => {
    const entryId = rows[i]?.id;
    return entryId ? (entry.values ?? []).map((key) => ({ entryId, userId: entry.userId, key })) : [];
  });
  await insertInBatches(db, rows, (tx, batch) => tx.journalEntry.createMany({ data: batch }));
  await insertInBatches(db, values, (tx, batch) => tx.entryValue.createMany({ data: batch }));
  // What the app keeps in step on every write (search documents, her figures), in bulk here.
  const index = searchIndexOf(db);
  await insertInBatches(db, rows, (tx, batch) =>
    index.addMany(
      tx,
      batch.map((row) => ({ entryId: row.id, title: row.title, body: row.body })),
    ),
  );
  await db.$transaction((tx) => recount(tx, [...new Set(entries.map((entry) => entry.userId))]), {
    timeout: 60_000,
  });
  return rows.map((row) => row.id);
}

/** A top-five ranking of values, most important first. */
export async function createRanking(
  db: Db,
  userId: string,
  keys: readonly string[],
  createdAt: Date = new Date(),
): Promise<string> {
  const ranking = await db.valueRanking.create({
    data: { userId, keys: JSON.stringify(keys), createdAt },
  });
  return ranking.id;
}

/** A sign-in email counted against an address or a client, as the rate limit records it. */
export async function createSignInAttempt(db: Db, key: string, createdAt = new Date()): Promise<void> {
  await db.signInAttempt.create({ data: { key, createdAt } });
}

/** An unused sign-in link's token, as NextAuth's email provider stores it. */
export async function createVerificationToken(
  db: Db,
  identifier: string,
  token: string,
  expires: Date = new Date(Date.now() + 600_000),
): Promise<void> {
  await db.verificationToken.create({ data: { identifier, token, expires } });
}
