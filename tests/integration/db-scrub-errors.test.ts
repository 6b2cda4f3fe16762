import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DatabaseError } from "@/lib/db/scrub-errors";

const SECRET = "誰にも言えない本音";

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => null,
    (error: unknown) => error,
  );
}

function everythingIn(error: unknown): string {
  return [String(error), error instanceof Error ? error.stack : "", JSON.stringify(error)].join("\n");
}

// Prisma's messages quote the query's arguments; the client extension must drop them for every
// kind of query, not only the journal's, while keeping the code callers branch on.
describe("database errors", () => {
  it("keep the code and lose the arguments of a model query", async () => {
    const error = await failure(() =>
      db.journalEntry.update({ where: { id: "no-such-entry" }, data: { body: SECRET } }),
    );
    expect(error).toBeInstanceOf(DatabaseError);
    // P2025 is what the NextAuth adapter reads as "this sign-in token was already used".
    expect((error as DatabaseError).code).toBe("P2025");
    expect(everythingIn(error)).not.toContain(SECRET);
  });

  it("lose the arguments of a raw query and of a query inside a transaction", async () => {
    const raw = await failure(
      () => db.$executeRaw`INSERT INTO JournalEntry (id, userId, body) VALUES ('x', 'nobody', ${SECRET})`,
    );
    expect(raw).toBeInstanceOf(DatabaseError);
    expect(everythingIn(raw)).not.toContain(SECRET);

    const inTransaction = await failure(() =>
      db.$transaction(async (tx) =>
        tx.journalEntry.create({
          data: { userId: "nobody", body: SECRET, entryDate: "2026-11-01" },
        }),
      ),
    );
    expect(inTransaction).toBeInstanceOf(DatabaseError);
    expect(everythingIn(inTransaction)).not.toContain(SECRET);
  });
});
