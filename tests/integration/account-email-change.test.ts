// Changing her address: nothing changes until the link mailed to the new address is used, her
// journal and sessions stay hers, and a taken address gets the same reply as a free one.
import { beforeEach, describe, expect, it } from "vitest";
import { confirmEmailChange, findEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { db } from "@/lib/db/client";

async function member(email: string) {
  const user = await db.user.create({ data: { email, emailVerified: new Date() } });
  return { id: user.id, email };
}

async function mailsTo(email: string) {
  return db.outboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

async function tokenMailedTo(email: string): Promise<string> {
  const mails = await mailsTo(email);
  const token = /\/members\/account\/email\/confirm\?token=([0-9a-f]{64})/.exec(
    mails.at(-1)?.text ?? "",
  )?.[1];
  if (!token) throw new Error(`no confirmation link mailed to ${email}`);
  return token;
}

beforeEach(async () => {
  await db.signInAttempt.deleteMany();
});

describe("changing the address", () => {
  it("waits for the link to the new address, then keeps her journal and sessions", async () => {
    const hanako = await member("hanako@example.jp");
    await db.session.create({
      data: { userId: hanako.id, sessionToken: "hanako-session", expires: new Date(Date.now() + 3_600_000) },
    });
    await db.journalEntry.create({
      data: { userId: hanako.id, entryDate: "2026-12-01", body: "わたしの記録" },
    });

    await requestEmailChange(hanako, "hanako.new@example.jp", "192.0.2.1");
    expect((await db.user.findUniqueOrThrow({ where: { id: hanako.id } })).email).toBe("hanako@example.jp");
    const notice = await mailsTo("hanako@example.jp");
    expect(notice).toHaveLength(1);
    expect(notice[0]?.text).toContain("hanako.new@example.jp");
    expect(notice[0]?.text).not.toMatch(/token=/);

    const token = await tokenMailedTo("hanako.new@example.jp");
    expect(JSON.stringify(await db.emailChange.findMany())).not.toContain(token);
    expect(await confirmEmailChange(hanako, token)).toEqual({ newEmail: "hanako.new@example.jp" });

    const after = await db.user.findUniqueOrThrow({ where: { id: hanako.id } });
    expect(after.email).toBe("hanako.new@example.jp");
    expect(await db.session.count({ where: { userId: hanako.id } })).toBe(1);
    expect(await db.journalEntry.count({ where: { userId: hanako.id } })).toBe(1);
    // Used once.
    expect(await confirmEmailChange({ ...hanako, email: "hanako.new@example.jp" }, token)).toBe("invalid");
  });

  it("answers a taken address exactly like a free one, and never moves onto it", async () => {
    const asker = await member("asker@example.jp");
    await member("taken@example.jp");
    const free = await requestEmailChange(asker, "free@example.jp", "192.0.2.2");
    const taken = await requestEmailChange(asker, "taken@example.jp", "192.0.2.2");
    expect(taken).toEqual(free);

    const [toTaken] = await mailsTo("taken@example.jp");
    expect(toTaken?.subject).toContain("メールアドレス変更について");
    expect(toTaken?.text).toContain("すでにアカウントがある");
    expect(toTaken?.text).not.toMatch(/token=/);
    // The old address is told of both requests alike.
    const notices = await mailsTo("asker@example.jp");
    expect(notices.map((m) => m.subject)).toEqual([notices[0]?.subject, notices[0]?.subject]);
    expect(await db.emailChange.count({ where: { newEmail: "taken@example.jp" } })).toBe(0);
  });

  it("refuses a change that became taken before it was confirmed", async () => {
    const first = await member("first@example.jp");
    await requestEmailChange(first, "contested@example.jp", "192.0.2.3");
    const token = await tokenMailedTo("contested@example.jp");
    await member("contested@example.jp");
    expect(await confirmEmailChange(first, token)).toBe("taken");
    expect((await db.user.findUniqueOrThrow({ where: { id: first.id } })).email).toBe("first@example.jp");
  });

  it("works only for the member who asked, and not after it expires", async () => {
    const owner = await member("owner@example.jp");
    const other = await member("other@example.jp");
    await requestEmailChange(owner, "owner.new@example.jp", "192.0.2.4");
    const token = await tokenMailedTo("owner.new@example.jp");
    expect(await confirmEmailChange(other, token)).toBe("invalid");
    expect(await findEmailChange(owner.id, "f".repeat(64))).toBe("invalid");

    await db.emailChange.updateMany({ data: { expires: new Date(Date.now() - 1000) } });
    expect(await confirmEmailChange(owner, token)).toBe("expired");
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe("owner@example.jp");
  });
});
