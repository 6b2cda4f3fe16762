import { signIn } from "next-auth/react";

export type RequestLinkResult = "sent" | "limited" | "invalid-address" | "failed" | "offline";

export interface RequestLinkOutcome {
  result: RequestLinkResult;
  /** For "limited": when she may ask again (lib/auth/route-handler.ts adds it to the reply). */
  retryAt: Date | null;
}

/** The `retryAt` a refused request's reply carries, if it is a time within the next hour. */
function retryAtOf(url: string | null | undefined): Date | null {
  if (!url) return null;
  try {
    const value = Number(new URL(url, window.location.origin).searchParams.get("retryAt"));
    const inAnHour = Date.now() + 60 * 60 * 1000;
    return Number.isFinite(value) && value > 0 && value <= inAnHour ? new Date(value) : null;
  } catch {
    return null;
  }
}

/**
 * Asks NextAuth's email provider for a sign-in link through its own client, which fetches the
 * CSRF token and posts it with the address. `redirect: false` keeps the reader on the form so it
 * can say what happened.
 */
export async function requestSignInLink(email: string, callbackPath: string): Promise<RequestLinkOutcome> {
  const outcome = (result: RequestLinkResult, retryAt: Date | null = null) => ({ result, retryAt });
  if (!navigator.onLine) return outcome("offline");
  try {
    const response = await signIn("email", { email, callbackUrl: callbackPath, redirect: false });
    if (!response) return outcome("failed");
    if (response.error === "EmailAddress") return outcome("invalid-address");
    // A refused CSRF token comes back as a redirect to the sign-in page, without an error code.
    if (response.error || !response.ok || response.url?.includes("csrf=true")) return outcome("failed");
    const retryAt = retryAtOf(response.url);
    return retryAt ? outcome("limited", retryAt) : outcome("sent");
  } catch {
    return outcome("offline");
  }
}

/** 「…14:05ごろから、もう一度お試しください。」: the time in Japan, as the page is read there. */
export function limitedMessage(retryAt: Date | null): string {
  const when = retryAt
    ? new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit" }).format(
        retryAt,
      )
    : null;
  return `短い時間にメールを続けてお送りしたため、いまはお送りできません。${when ? `${when}ごろから、` : "しばらくしてから、"}もう一度お試しください。`;
}
