import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "./callback-url";
import { authOptions } from "./options";

export { safeCallbackPath } from "./callback-url";

/**
 * The signed-in member as pages, actions and routes see her. The gated file route
 * (pages/api/member-downloads) builds one from the same NextAuth session.
 */
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

/**
 * The signed-in member, or a redirect to sign-in that comes back to `returnTo`. Call it in every
 * page, server action and route handler that needs a member: a layout's check does not protect
 * what is under it.
 */
export async function requireUser(returnTo = DEFAULT_CALLBACK_PATH): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo, DEFAULT_CALLBACK_PATH))}`);
  }
  return user;
}
