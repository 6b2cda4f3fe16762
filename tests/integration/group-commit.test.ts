import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { BATCH_JOBS_MAX, groupCommitOf } from "@/lib/db/group-commit";
import { createEntry, listEntries } from "@/lib/journal/entries";
import type { JournalFilters } from "@/lib/journal/schema";
import { createMember, entryInput } from "./journal-support";

// Saves that arrive together share one transaction and one COMMIT (lib/db/group-commit.ts). Each
// must still commit or fail on its own: these tests run batches against the real database and
// look at what each job left behind.

const committer = groupCommitOf(db);
const none: JournalFilters = { q: null, value: null, month: null, day: null };

function outboxRow(subject: string) {
  return { to: "gc@example.jp", subject, text: "", html: "" };
}

/** How each promise settled, without letting a rejection escape. */
function settled(promises: Promise<unknown>[]) {
  return Promise.allSettled(promises);
}

/** Batches the committer ran while `fn` did. */
async function batchesDuring<T>(fn: () => Promise<T>): Promise<{ result: T; batches: number; jobs: number }> {
  const before = committer.stats();
  const result = await fn();
  const after = committer.stats();
  return { result, batches: after.batches - before.batches, jobs: after.jobs - before.jobs };
}

beforeAll(async () => {
  // A foreign key checked only at COMMIT (the same SQL on both databases): a job that breaks it
  // succeeds on its own, and its batch's COMMIT then fails.
  await db.$executeRawUnsafe(
    `CREATE TABLE "GroupCommitProbe" ("userId" TEXT NOT NULL REFERENCES "User"("id") DEFERRABLE INITIALLY DEFERRED)`,
  );
});

describe("twenty members saving at once", () => {
  it("all persist, with their figures and search documents, in fewer transactions than saves", async () => {
    const members = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createMember(`together-${i}@example.jp`)),
    );
    const { result, batches, jobs } = await batchesDuring(() =>
      Promise.all(
        members.map((member, i) =>
          createEntry(
            member.id,
            entryInput({
              title: `一緒に保存 ${i}`,
              body: `同時に保存した記録、番号は第${i}号。`,
              entryDate: "2026-11-20",
              values: i % 2 === 0 ? ["family", "growth", "custom:副業"] : ["health"],
            }),
          ),
        ),
      ),
    );
    expect(jobs).toBe(20);
    expect(batches).toBeLessThan(20);

    for (const [i, member] of members.entries()) {
      const created = result[i];
      expect(await db.journalEntry.count({ where: { userId: member.id } })).toBe(1);
      expect(await db.journalEntry.findFirst({ where: { userId: member.id }, select: { id: true } })).toEqual(
        created,
      );
      expect(
        await db.journalDay.findMany({
          where: { userId: member.id },
          select: { entryDate: true, count: true },
        }),
      ).toEqual([{ entryDate: "2026-11-20", count: 1 }]);
      const uses = await db.journalValueUse.findMany({
        where: { userId: member.id },
        select: { key: true, count: true },
        orderBy: { key: "asc" },
      });
      expect(uses).toEqual(
        i % 2 === 0
          ? [
              { key: "custom:副業", count: 1 },
              { key: "family", count: 1 },
              { key: "growth", count: 1 },
            ]
          : [{ key: "health", count: 1 }],
      );
      expect(await db.journalSearch.count({ where: { entryId: created?.id } })).toBe(1);
      // Found through the index, and only hers.
      const hits = await listEntries(member.id, { ...none, q: `第${i}号` });
      expect(hits.items.map((e) => e.id)).toEqual([created?.id]);
    }
  });

  it("counts a member's saves on the same day together when they share a batch", async () => {
    const member = await createMember("same-day@example.jp");
    const { batches, jobs } = await batchesDuring(() =>
      Promise.all(
        Array.from({ length: 5 }, () => createEntry(member.id, entryInput({ values: ["family", "health"] }))),
      ),
    );
    expect(jobs).toBe(5);
    expect(batches).toBeLessThan(5);
    expect(await db.journalDay.findMany({ where: { userId: member.id }, select: { count: true } })).toEqual([
      { count: 5 },
    ]);
    const uses = await db.journalValueUse.findMany({ where: { userId: member.id }, select: { count: true } });
    expect(uses).toEqual([{ count: 5 }, { count: 5 }]);
  });
});

describe("a job that fails inside a batch", () => {
  it("rejects alone and leaves none of its rows, while the others in the batch persist", async () => {
    const members = await Promise.all([1, 2, 3].map((i) => createMember(`neighbour-${i}@example.jp`)));
    const { result, batches, jobs } = await batchesDuring(() =>
      settled([
        createEntry(members[0]?.id ?? "", entryInput({ body: "前の人" })),
        // No such member: the entry's own INSERT fails on its foreign key.
        createEntry("no-such-member", entryInput({ body: "存在しない人" })),
        // The entry is written first, then her tags fail (the same tag twice): the entry must go too.
        createEntry(members[1]?.id ?? "", entryInput({ body: "重複タグ", values: ["family", "family"] })),
        // Writes, then throws: a failure that is not the database's.
        committer.run(async (tx) => {
          await tx.outboxMessage.create({ data: outboxRow("written then thrown"), select: { id: true } });
          throw new Error("the job changes its mind");
        }),
        createEntry(members[2]?.id ?? "", entryInput({ body: "後の人" })),
      ]),
    );
    expect(jobs).toBe(5);
    expect(batches).toBe(1);
    expect(result.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(result[3]?.status === "rejected" && result[3].reason).toEqual(
      new Error("the job changes its mind"),
    );

    expect(await db.journalEntry.count({ where: { userId: members[0]?.id } })).toBe(1);
    expect(await db.journalEntry.count({ where: { userId: members[2]?.id } })).toBe(1);
    expect(
      await db.journalEntry.count({ where: { userId: { in: ["no-such-member", members[1]?.id ?? ""] } } }),
    ).toBe(0);
    expect(await db.journalDay.count({ where: { userId: members[1]?.id } })).toBe(0);
    expect(await db.journalValueUse.count({ where: { userId: members[1]?.id } })).toBe(0);
    expect(await db.entryValue.count({ where: { userId: members[1]?.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { subject: "written then thrown" } })).toBe(0);
    // Every search document belongs to an entry that exists.
    const documents = await db.journalSearch.findMany({ select: { entryId: true } });
    const entries = await db.journalEntry.count({ where: { id: { in: documents.map((d) => d.entryId) } } });
    expect(entries).toBe(documents.length);
    expect(await listEntries(members[1]?.id ?? "", { ...none, q: "重複" })).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});

describe("a batch whose COMMIT fails", () => {
  it("rejects every job in it, then the next batch commits", async () => {
    const member = await createMember("commit-fails@example.jp");
    const { result, batches } = await batchesDuring(() =>
      settled([
        committer.run(async (tx) => {
          await tx.outboxMessage.create({ data: outboxRow("lost with the batch"), select: { id: true } });
          return "written";
        }),
        createEntry(member.id, entryInput({ body: "コミットできなかった記録" })),
        committer.run(async (tx) => {
          await tx.$executeRawUnsafe(`INSERT INTO "GroupCommitProbe" ("userId") VALUES ('no-such-member')`);
          return "refused at COMMIT";
        }),
      ]),
    );
    expect(batches).toBe(1);
    expect(result.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(await db.outboxMessage.count({ where: { subject: "lost with the batch" } })).toBe(0);
    expect(await db.journalEntry.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.journalDay.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.$queryRawUnsafe(`SELECT "userId" FROM "GroupCommitProbe"`)).toEqual([]);

    const next = await settled([
      committer.run(async (tx) => {
        await tx.outboxMessage.create({ data: outboxRow("next batch"), select: { id: true } });
        return "written";
      }),
      createEntry(member.id, entryInput({ body: "次は保存できた記録" })),
    ]);
    expect(next.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await db.outboxMessage.count({ where: { subject: "next batch" } })).toBe(1);
    expect(await db.journalEntry.count({ where: { userId: member.id } })).toBe(1);
    // And the connection is not left inside the failed transaction: a plain write is its own.
    await db.outboxMessage.create({ data: outboxRow("after"), select: { id: true } });
    expect(await db.outboxMessage.count({ where: { subject: "after" } })).toBe(1);
  });
});

describe("more jobs than one batch holds", () => {
  it("runs them all, in several batches", async () => {
    const count = BATCH_JOBS_MAX + 8;
    const { result, batches, jobs } = await batchesDuring(() =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          committer.run(async (tx) => {
            await tx.outboxMessage.create({ data: outboxRow(`many ${i}`), select: { id: true } });
            return i;
          }),
        ),
      ),
    );
    expect(result).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(jobs).toBe(count);
    expect(batches).toBeGreaterThanOrEqual(2);
    expect(await db.outboxMessage.count({ where: { subject: { startsWith: "many " } } })).toBe(count);
  });
});
