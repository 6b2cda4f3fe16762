import Database from "better-sqlite3";

// The floor's two SQLite connections, one per server process like the app's one Prisma client,
// opened on first use (the build evaluates these modules without a database):
// - the bench database, read-only, for sessions and the journal rows;
// - a scratch database of its own for the floor's save, with the app's durability settings
//   (WAL, synchronous = FULL: every save waits for its fsync), so the bench database stays as
//   seeded for the app's own loads.

function openReads() {
  const database = new Database(process.env.FLOOR_DATABASE ?? "", { readonly: true });
  return {
    findSession: database.prepare<[string], { userId: string; expires: string | number }>(
      'SELECT "userId", "expires" FROM "Session" WHERE "sessionToken" = ?',
    ),
    // Served by the (userId, entryDate, createdAt, id) index, as the journal list's first page is.
    listEntries: database.prepare<[string], { id: string; title: string | null; entryDate: string }>(
      'SELECT "id", "title", "entryDate" FROM "JournalEntry" WHERE "userId" = ? ' +
        'ORDER BY "entryDate" DESC, "createdAt" DESC, "id" DESC LIMIT 20',
    ),
  };
}

function openWrites() {
  const database = new Database(process.env.FLOOR_WRITE_DATABASE ?? "");
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.exec(
    'CREATE TABLE IF NOT EXISTS "Note" ("id" INTEGER PRIMARY KEY, "userId" TEXT NOT NULL, ' +
      '"title" TEXT NOT NULL, "body" TEXT NOT NULL, "entryDate" TEXT NOT NULL)',
  );
  return {
    insertNote: database.prepare<[string, string, string, string]>(
      'INSERT INTO "Note" ("userId", "title", "body", "entryDate") VALUES (?, ?, ?, ?)',
    ),
  };
}

let reads: ReturnType<typeof openReads> | undefined;
let writes: ReturnType<typeof openWrites> | undefined;

/** The signed-in user's id for a session token, or null. */
export function sessionUser(token: string): string | null {
  reads ??= openReads();
  const session = reads.findSession.get(token);
  return session && new Date(session.expires) >= new Date() ? session.userId : null;
}

export function newestEntries(userId: string) {
  reads ??= openReads();
  return reads.listEntries.all(userId);
}

export function insertNote(userId: string, title: string, body: string, entryDate: string): number {
  writes ??= openWrites();
  return Number(writes.insertNote.run(userId, title, body, entryDate).lastInsertRowid);
}
