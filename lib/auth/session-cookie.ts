import { db } from "@/lib/db/client";
import type { CurrentUser } from "./session-types";

/** NextAuth v4's session cookie names: the `__Secure-` one when NEXTAUTH_URL is https. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * The member behind a request's session cookie, read the way NextAuth's database strategy does:
 * the token's Session row, unexpired, and its User. For the one Pages Router route (the gated
 * downloads), which cannot import the App Router's auth modules: they carry "server-only" guards
 * that throw outside React Server Components.
 */
export async function userFromSessionCookies(
  cookies: Partial<Record<string, string>>,
  now: Date = new Date(),
): Promise<CurrentUser | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookies[name];
    if (!token) continue;
    const session = await db.session.findUnique({
      where: { sessionToken: token },
      select: { expires: true, user: { select: { id: true, email: true } } },
    });
    if (session && session.expires > now && session.user.email) {
      return { id: session.user.id, email: session.user.email };
    }
  }
  return null;
}
