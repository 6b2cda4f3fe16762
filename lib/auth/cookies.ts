import type { NextAuthOptions } from "next-auth";
import type { ServerEnv } from "@/lib/env";

/**
 * The cookies the email sign-in sets, under the names lib/env.ts decides, with NextAuth's own
 * default options (tests/unit/auth-cookies.test.ts holds both to NextAuth's defaults).
 */
export function authCookies(env: Pick<ServerEnv, "https" | "authCookies">): NextAuthOptions["cookies"] {
  const cookie = (name: string) => ({
    name,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: env.https },
  });
  return {
    sessionToken: cookie(env.authCookies.sessionToken),
    callbackUrl: cookie(env.authCookies.callbackUrl),
    csrfToken: cookie(env.authCookies.csrfToken),
  };
}
