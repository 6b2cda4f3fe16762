import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
}

/** The signed-in member, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  return user?.id ? { id: user.id, email: user.email } : null;
});

/** A same-site path to come back to, never an address on another site. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value) return fallback;
  // "//host" and "/\host" are read by browsers as another host.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

/**
 * The signed-in member, or a redirect to sign-in that comes back to `returnTo`. Call it in every
 * page, server action and route handler that needs a member: a layout's check does not protect
 * what is under it.
 */
export async function requireUser(returnTo = "/members"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo, "/members"))}`);
  return user;
}
