import { db } from "@/lib/db/client";
import type { CurrentUser } from "./session-types";

/**
 * NextAuth v4's session cookie: `__Secure-` prefixed when the site is served over https, where an
 * unprefixed cookie (which any http page on the domain could have set) must not count.
 */
export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  const secure = (env.NEXTAUTH_URL ?? env.SITE_URL ?? "").startsWith("https://");
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

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
  const token = cookies[sessionCookieName()];
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { id: true, email: true } } },
  });
  return session && session.expires > now && session.user.email
    ? { id: session.user.id, email: session.user.email }
    : null;
}
