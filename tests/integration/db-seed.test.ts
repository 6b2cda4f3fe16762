import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntries, createMembers, createRanking, createSessions } from "@/lib/db/seed";

describe("the seed module", () => {
  it("writes members, sessions and entries with their values in bulk, across batches", async () => {
    const members = await createMembers(db, [{ email: "seed-a@example.jp" }, { email: "seed-b@example.jp" }]);
    const [a, b] = members;
    if (!a || !b) throw new Error("two members expected");
    const tokens = await createSessions(
      db,
      members.map((member) => member.id),
    );
    expect(await db.session.count({ where: { sessionToken: { in: tokens } } })).toBe(2);

    const at = new Date("2026-11-20T03:00:00Z");
    // More rows than one createMany batch, so the batching itself is exercised.
    const ids = await createEntries(db, [
      ...Array.from({ length: 1200 }, (_, i) => ({
        userId: a.id,
        body: `記録 ${i}`,
        entryDate: "2026-11-20",
        values: i < 2 ? ["family", "custom:副業"] : ["family"],
        createdAt: at,
      })),
      { userId: b.id, body: "Bの記録", entryDate: "2026-11-21", mood: 4 },
    ]);
    expect(ids).toHaveLength(1201);
    expect(await db.journalEntry.count({ where: { userId: a.id } })).toBe(1200);
    expect(await db.entryValue.count({ where: { userId: a.id } })).toBe(1202);
    const last = await db.journalEntry.findUnique({
      where: { id: ids[1200] ?? "" },
      include: { values: true },
    });
    expect(last).toMatchObject({ userId: b.id, body: "Bの記録", mood: 4, values: [] });
    const first = await db.journalEntry.findUnique({ where: { id: ids[0] ?? "" } });
    expect(first?.createdAt).toEqual(at);

    await createRanking(db, a.id, ["family", "growth"]);
    expect((await db.valueRanking.findFirst({ where: { userId: a.id } }))?.keys).toBe('["family","growth"]');
  });
});
