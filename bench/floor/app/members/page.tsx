import Database from "better-sqlite3";
import { cookies } from "next/headers";

function openStatements() {
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

// One read-only connection per server process, like the app's one Prisma client; opened on the
// first request, since the build evaluates this module without a database.
let statements: ReturnType<typeof openStatements> | undefined;

export default async function MembersPage() {
  // The cookie first: reading it is what makes the page per request rather than prerendered.
  const token = (await cookies()).get("next-auth.session-token")?.value ?? "";
  statements ??= openStatements();
  const { findSession, listEntries } = statements;
  const session = findSession.get(token);
  if (!session || new Date(session.expires) < new Date()) return <p>signed out</p>;
  const entries = listEntries.all(session.userId);
  return (
    <main>
      <h1>journal</h1>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.entryDate} {entry.title}
          </li>
        ))}
      </ol>
    </main>
  );
}
