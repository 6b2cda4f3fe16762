import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A transaction that writes, waits while other requests run, then fails and rolls back. */
function failingTransaction(subject: string) {
  return db
    .$transaction(async (tx) => {
      await tx.outboxMessage.create({ data: { to: "tx@example.jp", subject, text: "", html: "" } });
      await pause(150);
      throw new Error("the transaction fails after its first write");
    })
    .catch((error: unknown) => error);
}

// The better-sqlite3 adapter has one connection; without lib/db/serialized-adapter.ts, queries
// from other requests ran inside whatever transaction was open on it. On PostgreSQL each
// transaction has a pooled connection of its own; the same promises must hold there too.
describe("an interactive transaction beside other requests", () => {
  it("never takes another request's confirmed write down with it when it rolls back", async () => {
    const failing = failingTransaction("rolled back");
    await pause(20);
    await db.outboxMessage.create({
      data: { id: "confirmed-write", to: "other@example.jp", subject: "outside", text: "", html: "" },
    });

    expect(await failing).toBeInstanceOf(Error);
    expect(await db.outboxMessage.findUnique({ where: { id: "confirmed-write" } })).not.toBeNull();
    expect(await db.outboxMessage.count({ where: { subject: "rolled back" } })).toBe(0);
  });

  it("never lets another request read rows that are about to roll back", async () => {
    const failing = failingTransaction("dirty");
    await pause(20);
    const seen = await db.outboxMessage.count({ where: { subject: "dirty" } });
    expect(await failing).toBeInstanceOf(Error);
    expect(seen).toBe(0);
  });
});

describe("a transaction whose COMMIT fails", () => {
  it("leaves nothing of itself open on the connection for the next request", async () => {
    // A foreign key checked only at COMMIT, the same SQL on both databases.
    await db.$executeRawUnsafe(
      `CREATE TABLE "CommitProbe" ("userId" TEXT NOT NULL REFERENCES "User"("id") DEFERRABLE INITIALLY DEFERRED)`,
    );
    const failed = await db
      .$transaction(async (tx) => {
        await tx.outboxMessage.create({
          data: { to: "tx@example.jp", subject: "refused", text: "", html: "" },
        });
        await tx.$executeRawUnsafe(`INSERT INTO "CommitProbe" ("userId") VALUES ('no-such-member')`);
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);

    // SQLite keeps a transaction open after this failure unless it is rolled back: these would
    // then run inside it, see its row, and a new transaction could not begin.
    expect(await db.outboxMessage.count({ where: { subject: "refused" } })).toBe(0);
    await db.$transaction((tx) =>
      tx.outboxMessage.create({ data: { to: "tx@example.jp", subject: "next", text: "", html: "" } }),
    );
    expect(await db.outboxMessage.count({ where: { subject: "next" } })).toBe(1);
  });
});
