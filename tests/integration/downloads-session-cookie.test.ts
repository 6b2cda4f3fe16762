import { afterEach, describe, expect, it } from "vitest";
import { sessionCookieName, userFromSessionCookies } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";

const original = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (original === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = original;
});

async function memberWithSession(token: string, expires: Date) {
  const user = await db.user.create({ data: { email: `${token}@example.jp` } });
  await db.session.create({ data: { sessionToken: token, userId: user.id, expires } });
  return user;
}

describe("the download route's session lookup", () => {
  it("finds the member behind a live session cookie", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const user = await memberWithSession("live-token", new Date(Date.now() + 60_000));
    expect(await userFromSessionCookies({ "next-auth.session-token": "live-token" })).toEqual({
      id: user.id,
      email: "live-token@example.jp",
    });
  });

  it("refuses an expired session, an unknown token and no cookie", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    await memberWithSession("expired-token", new Date(Date.now() - 1000));
    expect(await userFromSessionCookies({ "next-auth.session-token": "expired-token" })).toBeNull();
    expect(await userFromSessionCookies({ "next-auth.session-token": "forged-token" })).toBeNull();
    expect(await userFromSessionCookies({})).toBeNull();
  });

  it("on https, accepts only the __Secure- cookie", async () => {
    process.env.NEXTAUTH_URL = "https://sentaku.example.jp";
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    await memberWithSession("https-token", new Date(Date.now() + 60_000));
    expect(await userFromSessionCookies({ "next-auth.session-token": "https-token" })).toBeNull();
    expect(
      await userFromSessionCookies({ "__Secure-next-auth.session-token": "https-token" }),
    ).not.toBeNull();
  });
});
