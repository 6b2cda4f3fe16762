import { session } from "@/tests/support/mock-session";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAccount } from "@/lib/account/delete-account";
import { createEntry } from "@/lib/journal/entries";
import { saveRanking } from "@/lib/journal/rankings";
import { createMember, entryInput } from "./journal-support";

const { deleteAccountAction } = await import("@/lib/account/actions");

/** Everything of hers in every table, by id or by address. */
async function rowsOf(member: { id: string; email: string }) {
  const userId = member.id;
  const keys = [`email:${member.email}`];
  return {
    user: await db.user.count({ where: { id: userId } }),
    entries: await db.journalEntry.count({ where: { userId } }),
    entryValues: await db.entryValue.count({ where: { userId } }),
    rankings: await db.valueRanking.count({ where: { userId } }),
    sessions: await db.session.count({ where: { userId } }),
    accounts: await db.account.count({ where: { userId } }),
    downloadEvents: await db.downloadEvent.count({ where: { userId } }),
    verificationTokens: await db.verificationToken.count({ where: { identifier: member.email } }),
    signInAttempts: await db.signInAttempt.count({ where: { key: { in: keys } } }),
    outbox: await db.outboxMessage.count({ where: { to: member.email } }),
  };
}

async function fill(member: { id: string; email: string }) {
  const download = await db.download.upsert({
    where: { slug: "worksheet" },
    update: {},
    create: {
      slug: "worksheet",
      title: "ワークシート",
      description: "",
      fileName: "worksheet.pdf",
      mimeType: "application/pdf",
      size: 1,
      sha256: "0",
      storageKey: "worksheet.pdf",
      publishedAt: new Date(),
    },
  });
  for (let i = 0; i < 3; i += 1) {
    await createEntry(member.id, entryInput({ body: `記録${i}`, values: ["family", "custom:副業"] }));
  }
  await saveRanking(member.id, ["family", "growth"]);
  await db.session.create({
    data: { sessionToken: `token-${member.id}`, userId: member.id, expires: new Date(Date.now() + 60_000) },
  });
  await db.account.create({
    data: { userId: member.id, type: "email", provider: "email", providerAccountId: member.email },
  });
  await db.downloadEvent.create({ data: { userId: member.id, downloadId: download.id } });
  await db.verificationToken.create({
    data: { identifier: member.email, token: `vt-${member.id}`, expires: new Date(Date.now() + 60_000) },
  });
  await db.signInAttempt.create({ data: { key: `email:${member.email}` } });
  await db.outboxMessage.create({ data: { to: member.email, subject: "ログイン", text: "link", html: "" } });
}

describe("deleting an account", () => {
  it("removes every row that belonged to her and nothing of anyone else's", async () => {
    const her = await createMember("leaving@example.jp");
    const other = await createMember("staying@example.jp");
    await fill(her);
    await fill(other);
    const otherBefore = await rowsOf(other);
    const herBefore = await rowsOf(her);
    // Every kind of row is there before, so "0 after" means something.
    for (const [table, n] of Object.entries(herBefore)) expect(n, table).toBeGreaterThan(0);

    expect(await deleteAccount(her.id)).toBe(true);

    for (const [table, n] of Object.entries(await rowsOf(her))) expect(n, table).toBe(0);
    expect(await rowsOf(other)).toEqual(otherBefore);
    // The catalogue row is shared, not hers.
    expect(await db.download.count()).toBe(1);
  });

  it("is refused without the confirmation tick, deleting nothing", async () => {
    const her = await createMember("hesitating@example.jp");
    await fill(her);
    const before = await rowsOf(her);
    session.user = her;
    const result = await deleteAccountAction(new FormData());
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirm: "確認のチェックを入れてください。" } });
    expect(await rowsOf(her)).toEqual(before);
  });

  it("says so when there is no such member", async () => {
    expect(await deleteAccount("no-such-member")).toBe(false);
  });
});
