import { session } from "@/tests/support/mock-session";
import { beforeEach, describe, expect, it } from "vitest";
import { getPrompt } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/journal/limits";
import { createEntry, getEntry } from "@/lib/journal/entries";
import { listRankings } from "@/lib/journal/rankings";
import { createMember, entryForm, entryInput } from "./journal-support";

const { createEntryAction, updateEntryAction, saveRankingAction } = await import("@/lib/journal/actions");

describe("the entry actions", () => {
  let member: { id: string; email: string };

  beforeEach(async () => {
    member = await createMember(`actions-${Math.random().toString(36).slice(2)}@example.jp`);
    session.user = member;
  });

  const count = () => db.journalEntry.count({ where: { userId: member.id } });

  it("refuses each limit with its field message and writes nothing", async () => {
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ body: "あ".repeat(20_001) }, "body", messages.bodyTooLong],
      [{ mood: "7" }, "mood", messages.moodInvalid],
      [{ newTag: "あ".repeat(21) }, "newTag", messages.tagTooLong],
      [{ values: [`custom:${"あ".repeat(21)}`] }, "values", messages.tagTooLong],
      [{ values: ["family", "fame"] }, "values", messages.valueUnknown],
      [{ title: "あ".repeat(101) }, "title", messages.titleTooLong],
    ];
    for (const [fields, field, message] of cases) {
      const result = await createEntryAction(entryForm(fields));
      expect(result, field).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    }
    expect(await count()).toBe(0);
  });

  it("saves a valid entry with the prompt's text copied and her own tag", async () => {
    const result = await createEntryAction(
      entryForm({
        title: "大事なこと",
        body: "家族と過ごす時間。\r\n健康。",
        mood: "4",
        promptId: "nani-ga-daiji",
        values: ["family", "health"],
        newTag: " 地元 ",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const entry = await getEntry(member.id, result.data.id);
    expect(entry).toMatchObject({
      title: "大事なこと",
      body: "家族と過ごす時間。\n健康。",
      mood: 4,
      promptId: "nani-ga-daiji",
      promptText: getPrompt("nani-ga-daiji")?.text,
    });
    expect(entry?.values.sort()).toEqual(["custom:地元", "family", "health"]);
  });

  it("keeps the prompt an entry answered when it is edited", async () => {
    const { id } = await createEntry(member.id, entryInput({ promptId: "enerugi" }));
    await db.journalEntry.update({ where: { id }, data: { promptText: "当時の問いの文面" } });
    const result = await updateEntryAction(entryForm({ id, body: "書き直し", promptId: "nani-ga-daiji" }));
    expect(result.ok).toBe(true);
    expect(await getEntry(member.id, id)).toMatchObject({
      promptId: "enerugi",
      promptText: "当時の問いの文面",
    });
  });

  it("saves a ranking and keeps the history", async () => {
    expect(await saveRankingAction(rankingForm(["growth", "family", "custom:副業", "health"]))).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await saveRankingAction(rankingForm(["family", "family"]))).toMatchObject({
      ok: false,
      fieldErrors: { ranking: messages.rankingDuplicate },
    });
    // A ranking with a gap is refused as sent, never closed up into another order.
    expect(await saveRankingAction(rankingForm(["family", "", "growth"]))).toMatchObject({
      ok: false,
      fieldErrors: { ranking: messages.rankingGap },
    });
    expect(await saveRankingAction(rankingForm(["family", "growth"]))).toMatchObject({ ok: true });
    const history = await listRankings(member.id);
    expect(history.map((r) => r.keys)).toEqual([
      ["family", "growth"],
      ["growth", "family", "custom:副業", "health"],
    ]);
  });
});

function rankingForm(keys: string[]): FormData {
  const form = new FormData();
  keys.forEach((key, i) => form.set(`rank${i + 1}`, key));
  return form;
}
