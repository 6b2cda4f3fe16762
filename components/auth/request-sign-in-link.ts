// Asks NextAuth's email endpoint for a sign-in link, the way its own client does: fetch the CSRF
// token (the endpoint sets the matching cookie), then post it with the address.

export type RequestLinkResult = "sent" | "invalid-address" | "failed" | "offline";

export async function requestSignInLink(email: string, callbackPath: string): Promise<RequestLinkResult> {
  try {
    const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as {
      csrfToken?: string;
    };
    if (!csrf.csrfToken) return "failed";
    const response = await fetch("/api/auth/signin/email", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        email,
        callbackUrl: callbackPath,
        csrfToken: csrf.csrfToken,
        json: "true",
      }),
      cache: "no-store",
    });
    if (!response.ok) return "failed";
    const { url } = (await response.json()) as { url?: string };
    const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "unknown";
    if (!error && !url?.includes("csrf=true")) return "sent";
    return error === "EmailAddress" ? "invalid-address" : "failed";
  } catch {
    return "offline";
  }
}
