// Sign-in codes on a real database: issued by NextAuth's own sign-in handler beside the link, and
// every way a code may be refused.
import { beforeEach, describe, expect, it } from "vitest";
import { CODE_GUESS_LIMITS } from "@/lib/auth/code-limit";
import { serverAuthSecret } from "@/lib/auth/secret";
import { CODE_MAX_ATTEMPTS, checkSignInCode } from "@/lib/auth/sign-in-code";
import { db } from "@/lib/db/client";
import { BROWSER, linksTo, requestLink, useLink } from "./auth-support";

const OTHER_BROWSER = "b".repeat(64);

/** The code in the newest mail to an address. */
async function codeFor(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const code = /^ {4}(\d{6})$/m.exec(mail?.text ?? "")?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

function check(email: string, code: string, { requestId = BROWSER, clientIp = "192.0.2.1" } = {}) {
  return checkSignInCode(db, { email, code, requestId, clientIp, secret: serverAuthSecret() });
}

/** Some six-digit code other than the right one. */
const wrong = (code: string, n = 1) => ((Number(code) + n) % 1_000_000).toString().padStart(6, "0");

beforeEach(async () => {
  await db.signInAttempt.deleteMany({ where: { key: { startsWith: "ip:" } } });
  await db.signInCodeFailure.deleteMany();
});

describe("sign-in codes", () => {
  it("are mailed beside the link and stored only as hashes", async () => {
    await requestLink("stored@example.jp");
    const code = await codeFor("stored@example.jp");
    const [row] = await db.signInCode.findMany({ where: { identifier: "stored@example.jp" } });
    expect(row?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code);
    const token = (await linksTo("stored@example.jp"))[0]?.searchParams.get("token") ?? "";
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("sign in once, land where the link would have, and use the link up", async () => {
    await requestLink("code@example.jp", { callbackUrl: "/members/journal/new?prompt=nani-ga-daiji" });
    const code = await codeFor("code@example.jp");
    const [link] = await linksTo("code@example.jp");
    if (!link) throw new Error("no mail");

    const result = await check("code@example.jp", ` ${code.slice(0, 3)} ${code.slice(3)} `);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.token).toBe(link.searchParams.get("token"));
    expect(result.callbackPath).toBe("/members/journal/new?prompt=nani-ga-daiji");

    // What POST /api/auth/code does next: NextAuth's own callback with that token.
    const signedIn = await useLink(link);
    expect(signedIn.redirect).toMatch(/\/members\/journal\/new\?prompt=nani-ga-daiji$/);
    expect(signedIn.cookies?.some((c) => c.name === "next-auth.session-token")).toBe(true);

    expect((await useLink(link)).redirect).toMatch(/\/error\?error=Verification/);
    expect(await check("code@example.jp", code)).toEqual({ ok: false, reason: "none" });
  });

  it("die when the link is used", async () => {
    await requestLink("link-first@example.jp");
    const code = await codeFor("link-first@example.jp");
    const [link] = await linksTo("link-first@example.jp");
    if (!link) throw new Error("no mail");
    await useLink(link);
    expect((await check("link-first@example.jp", code)).ok).toBe(false);
  });

  it(`die after ${CODE_MAX_ATTEMPTS} wrong tries, after which the right code fails too`, async () => {
    await requestLink("guess@example.jp");
    const code = await codeFor("guess@example.jp");
    for (let i = 1; i < CODE_MAX_ATTEMPTS; i++) {
      expect(await check("guess@example.jp", wrong(code, i))).toEqual({
        ok: false,
        reason: "wrong",
        remaining: CODE_MAX_ATTEMPTS - i,
      });
    }
    expect(await check("guess@example.jp", wrong(code, CODE_MAX_ATTEMPTS))).toEqual({
      ok: false,
      reason: "dead",
    });
    expect(await check("guess@example.jp", code)).toEqual({ ok: false, reason: "dead" });
    // The link in the same mail still works: a guesser cannot lock her out.
    const [link] = await linksTo("guess@example.jp");
    if (!link) throw new Error("no mail");
    expect((await useLink(link)).redirect).toMatch(/\/members$/);
  });

  it("share their tries among parallel guesses", async () => {
    await requestLink("burst@example.jp");
    const code = await codeFor("burst@example.jp");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => check("burst@example.jp", wrong(code, i + 1))),
    );
    expect(results.every((r) => !r.ok && (r.reason === "wrong" || r.reason === "dead"))).toBe(true);
    const row = await db.signInCode.findFirst({ where: { identifier: "burst@example.jp" } });
    expect(row?.attempts).toBe(CODE_MAX_ATTEMPTS);
    expect(await check("burst@example.jp", code)).toEqual({ ok: false, reason: "dead" });
  });

  it("sign in only the address they were sent to", async () => {
    await requestLink("alice@example.jp");
    await requestLink("bob@example.jp");
    const alices = await codeFor("alice@example.jp");
    const bobs = await codeFor("bob@example.jp");
    expect(await check("carol@example.jp", alices)).toEqual({ ok: false, reason: "none" });
    if (alices !== bobs) {
      expect(await check("bob@example.jp", alices)).toMatchObject({ ok: false, reason: "wrong" });
    }
    expect((await check("bob@example.jp", bobs)).ok).toBe(true);
  });

  it("work only in the browser that asked for them", async () => {
    await requestLink("mine@example.jp");
    const code = await codeFor("mine@example.jp");
    expect(await check("mine@example.jp", code, { requestId: OTHER_BROWSER })).toEqual({
      ok: false,
      reason: "none",
    });
    expect(
      await checkSignInCode(db, {
        email: "mine@example.jp",
        code,
        requestId: undefined,
        clientIp: "192.0.2.1",
        secret: serverAuthSecret(),
      }),
    ).toEqual({ ok: false, reason: "none" });
    expect((await check("mine@example.jp", code)).ok).toBe(true);
  });

  it("expire with their link", async () => {
    await requestLink("late@example.jp");
    const code = await codeFor("late@example.jp");
    const past = new Date(Date.now() - 1000);
    await db.signInCode.updateMany({ where: { identifier: "late@example.jp" }, data: { expires: past } });
    expect(await check("late@example.jp", code)).toEqual({ ok: false, reason: "expired" });
  });

  it("answer only the newest mail's code", async () => {
    await requestLink("twice@example.jp");
    const first = await codeFor("twice@example.jp");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await requestLink("twice@example.jp");
    const second = await codeFor("twice@example.jp");
    if (first !== second) {
      expect(await check("twice@example.jp", first)).toMatchObject({ ok: false, reason: "wrong" });
    }
    expect((await check("twice@example.jp", second)).ok).toBe(true);
  });

  it("refuse a client that keeps guessing across addresses", async () => {
    const limit = CODE_GUESS_LIMITS.perClient.count;
    let refused = 0;
    for (let i = 0; i < limit + 3; i++) {
      const email = `spray-${Math.floor(i / 4)}@example.jp`;
      if (i % 4 === 0) await requestLink(email, { clientIp: `198.51.100.${i}` });
      const code = await codeFor(email);
      const result = await check(email, wrong(code), { clientIp: "203.0.113.7" });
      if (!result.ok && result.reason === "limited") refused++;
    }
    expect(refused).toBe(3);
    // Another client is not held back by that one.
    await requestLink("bystander@example.jp");
    expect((await check("bystander@example.jp", await codeFor("bystander@example.jp"))).ok).toBe(true);
  });

  it(`take at most ${CODE_GUESS_LIMITS.perAddress.count} wrong codes a day for one address, from any client`, async () => {
    const limit = CODE_GUESS_LIMITS.perAddress.count;
    const results = [];
    for (let i = 0; i < limit + 2; i++) {
      const requestId = i.toString(16).padStart(64, "0");
      // Past the 3-mails-per-15-minutes limit only in this test's fast-forward of a day.
      await db.signInAttempt.deleteMany();
      await requestLink("target@example.jp", { clientIp: `198.51.100.${i}`, requestId });
      const code = await codeFor("target@example.jp");
      results.push(await check("target@example.jp", wrong(code), { requestId, clientIp: `203.0.113.${i}` }));
    }
    expect(results.filter((r) => !r.ok && r.reason === "limited")).toHaveLength(2);
  });
});
