// Requests no form of ours sends: answered as invalid, never as a crash (a 500).
import { session } from "@/tests/support/mock-session";
import { afterEach, describe, expect, it } from "vitest";
import { GET as entriesPage } from "@/app/members/journal/entries/route";
import { encodeCursor } from "@/lib/journal/cursor";
import { createEntry } from "@/lib/journal/entries";
import { createMember, entryInput } from "./journal-support";

const { createEntryAction, updateEntryAction, deleteEntryAction, saveRankingAction } =
  await import("@/lib/journal/actions");

afterEach(() => {
  session.user = null;
});

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("malformed requests", () => {
  it("answers a server action whose argument is not form data as invalid input", async () => {
    const member = await createMember("not-a-form@example.jp");
    session.user = { id: member.id, email: member.email };
    const garbage: unknown[] = ["title=x", { title: "x" }, 42, null, undefined, ["a"], new Blob(["x"])];
    for (const action of [createEntryAction, updateEntryAction, deleteEntryAction, saveRankingAction]) {
      const call = action as (input: unknown) => ReturnType<typeof action>;
      for (const value of garbage) {
        expect(await call(value)).toMatchObject({ ok: false });
      }
    }
  });

  it("restarts the list at the top for a forged cursor instead of failing", async () => {
    const member = await createMember("forged-cursor@example.jp");
    await createEntry(member.id, entryInput());
    session.user = { id: member.id, email: member.email };
    const forged = [
      b64(JSON.stringify(["2026-11-20", 1e300, "x"])),
      b64(JSON.stringify(["2026-11-20", 9e15, "x"])),
      b64(JSON.stringify(["2026-11-20", 1.5, "x"])),
      b64(JSON.stringify(["9999-99-99", 0, "x"])),
      b64(JSON.stringify(["2026-11-20", 0, "x".repeat(100_000)])),
      b64(JSON.stringify(["2026-11-20", 0, { id: 1 }])),
      "%%%",
      "a".repeat(10_000),
      encodeCursor({ entryDate: "2026-11-21", createdAt: new Date(), id: "zzz" }),
    ];
    for (const cursor of forged) {
      const response = await entriesPage(
        new Request(`http://localhost/members/journal/entries?cursor=${encodeURIComponent(cursor)}`),
      );
      expect(response.status).toBe(200);
    }
  });
});
