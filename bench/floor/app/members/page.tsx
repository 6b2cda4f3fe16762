import { cookies } from "next/headers";
import { newestEntries, sessionUser } from "../database";

export default async function MembersPage() {
  // The cookie first: reading it is what makes the page per request rather than prerendered.
  const token = (await cookies()).get("next-auth.session-token")?.value ?? "";
  const userId = sessionUser(token);
  if (!userId) return <p>signed out</p>;
  const entries = newestEntries(userId);
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
