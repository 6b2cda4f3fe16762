import Database from "better-sqlite3";
import { cookies } from "next/headers";

// One read-only connection per server process, like the app's one Prisma client.
const database = new Database(process.env.FLOOR_DATABASE ?? "", { readonly: true });
const findSession = database.prepare<[string], { userId: string; expires: string | number }>(
  'SELECT "userId", "expires" FROM "Session" WHERE "sessionToken" = ?',
);
// Served by the (userId, entryDate, createdAt, id) index, as the journal list's first page is.
const listEntries = database.prepare<[string], { id: string; title: string; entryDate: string }>(
  'SELECT "id", "title", "entryDate" FROM "JournalEntry" WHERE "userId" = ? ' +
    'ORDER BY "entryDate" DESC, "createdAt" DESC, "id" DESC LIMIT 20',
);

export default async function MembersPage() {
  const token = (await cookies()).get("next-auth.session-token")?.value ?? "";
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
