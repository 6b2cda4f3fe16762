// The email sign-in through NextAuth's own request handler, on a real database, with the local
// outbox as the mail transport: what the route handler does around it is covered end to end.
import { beforeEach, describe, expect, it } from "vitest";
import { createAuthOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import {
  AuthHandler,
  type InternalResponse,
  base,
  csrf,
  linksTo,
  requestLink,
  useLink,
} from "./auth-support";

beforeEach(async () => {
  // Each test speaks for one client; the per-client limit has its own tests.
  await db.signInAttempt.deleteMany({ where: { key: { startsWith: "ip:" } } });
});

describe("email sign-in through NextAuth", () => {
  it("mails a link to the confirmation page, which signs in once and returns to where she came from", async () => {
    const reply = await requestLink("new@example.jp", { callbackUrl: "/articles/hataraki-kata?x=1" });
    expect(reply.redirect).toMatch(/\/api\/auth\/verify-request\?/);

    const [link] = await linksTo("new@example.jp");
    if (!link) throw new Error("no mail");
    expect(link.pathname).toBe("/signin/confirm");
    expect(link.searchParams.get("email")).toBe("new@example.jp");
    expect(link.searchParams.get("callbackUrl")).toBe("/articles/hataraki-kata?x=1");

    const first = await useLink(link);
    expect(first.redirect).toMatch(/\/articles\/hataraki-kata\?x=1$/);
    const sessionCookie = first.cookies?.find((c) => c.name === "next-auth.session-token");
    expect(sessionCookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(await db.session.count({ where: { sessionToken: sessionCookie?.value ?? "" } })).toBe(1);

    const second = await useLink(link);
    expect(second.redirect).toMatch(/\/error\?error=Verification/);
    expect(second.cookies?.some((c) => c.name === "next-auth.session-token")).toBe(false);
  });

  it("answers a member and a stranger identically", async () => {
    await db.user.create({ data: { email: "member@example.jp", emailVerified: new Date() } });
    const member = await requestLink("member@example.jp");
    const stranger = await requestLink("stranger@example.jp");
    const shape = (response: InternalResponse) => ({
      redirect: response.redirect,
      cookies: response.cookies?.map(({ name, options }) => ({ name, options })),
    });
    expect(shape(member)).toEqual(shape(stranger));
    expect(await linksTo("member@example.jp")).toHaveLength(1);
    expect(await linksTo("stranger@example.jp")).toHaveLength(1);
  });

  it("sends at most 3 emails for twenty requests, and the replies do not change at the limit", async () => {
    const replies = [];
    for (let i = 0; i < 20; i++)
      replies.push((await requestLink("many@example.jp", { clientIp: `192.0.2.${i}` })).redirect);
    expect(new Set(replies).size).toBe(1);
    expect(await linksTo("many@example.jp")).toHaveLength(3);
    // Only the tokens that were mailed are stored: a flood cannot fill the table.
    expect(await db.verificationToken.count({ where: { identifier: "many@example.jp" } })).toBe(3);
  });

  it("sends nothing for a request without a valid CSRF token", async () => {
    const missing = await requestLink("csrf@example.jp", { withCsrf: false });
    expect(missing.redirect).toMatch(/\/signin\?csrf=true/);

    const stolen = await csrf();
    const other = await csrf();
    const mismatched = await AuthHandler({
      req: {
        ...base,
        action: "signin",
        providerId: "email",
        method: "POST",
        cookies: { "next-auth.csrf-token": other.cookie },
        body: { email: "csrf@example.jp", csrfToken: stolen.token },
      },
      options: createAuthOptions({ clientIp: "192.0.2.9", requestId: "a".repeat(64) }),
    });
    expect(mismatched.redirect).toMatch(/\/signin\?csrf=true/);
    expect(await linksTo("csrf@example.jp")).toHaveLength(0);
  });

  it.each(["https://example.com/", "//example.com", "/\\example.com"])(
    "keeps callbackUrl=%s on this site",
    async (callbackUrl) => {
      const email = `cb${encodeURIComponent(callbackUrl).replace(/%/g, "")}@example.jp`.toLowerCase();
      await requestLink(email, { callbackUrl });
      const [link] = await linksTo(email);
      if (!link) throw new Error("no mail");
      expect(link.searchParams.get("callbackUrl")).toBe("/");
      const reply = await useLink(link);
      expect(new URL(reply.redirect ?? "").origin).toBe(new URL(process.env.NEXTAUTH_URL ?? "").origin);
      expect(new URL(reply.redirect ?? "").pathname).toBe("/");
    },
  );

  it("signs nobody in with a link whose address was changed", async () => {
    await requestLink("owner@example.jp");
    const [link] = await linksTo("owner@example.jp");
    if (!link) throw new Error("no mail");
    link.searchParams.set("email", "attacker@example.jp");
    const reply = await useLink(link);
    expect(reply.redirect).toMatch(/\/error\?error=Verification/);
    expect(await db.user.count({ where: { email: "attacker@example.jp" } })).toBe(0);
  });
});
