import { signIn } from "next-auth/react";

export type RequestLinkResult = "sent" | "invalid-address" | "failed" | "offline";

/**
 * Asks NextAuth's email provider for a sign-in link through its own client, which fetches the
 * CSRF token and posts it with the address. `redirect: false` keeps the reader on the form so it
 * can say what happened.
 */
export async function requestSignInLink(email: string, callbackPath: string): Promise<RequestLinkResult> {
  if (!navigator.onLine) return "offline";
  try {
    const response = await signIn("email", { email, callbackUrl: callbackPath, redirect: false });
    if (!response) return "failed";
    if (response.error === "EmailAddress") return "invalid-address";
    // A refused CSRF token comes back as a redirect to the sign-in page, without an error code.
    if (response.error || !response.ok || response.url?.includes("csrf=true")) return "failed";
    return "sent";
  } catch {
    return "offline";
  }
}
