import { isAcceptableCallback } from "@/lib/auth/callback-url";

// What proxy.ts checks on every request before Next.js or NextAuth reads it: parts of a request
// that no page of ours sends and that Next.js or NextAuth would answer with a 500 (a crash in
// their own code, logged with a stack), answered here as the client errors they are. Pure, so a
// unit test can read it.

/** The names a cookie header carries, in order, with their raw values. */
function cookiePairs(header: string): { name: string; raw: string }[] {
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((raw) => ({ name: raw.split("=", 1)[0]?.trim() ?? "", raw }));
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A server action posted from another origin: Next.js refuses it, but with a 500 (and an "Origin:
 * null" too). The same check, answered 403.
 */
export function crossOriginAction(headers: Headers): boolean {
  if (!headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The cookie header without a callback cookie NextAuth cannot take (see isAcceptableCallback),
 * or null when there is nothing to drop.
 */
export function withoutUnusableCallbackCookie(
  cookieHeader: string,
  name: string,
  baseUrl: string,
): string | null {
  const pairs = cookiePairs(cookieHeader);
  const unusable = pairs.filter(
    (pair) => pair.name === name && !isAcceptableCallback(decoded(pair.raw.slice(name.length + 1)), baseUrl),
  );
  if (unusable.length === 0) return null;
  return pairs
    .filter((pair) => pair.name !== name)
    .map((pair) => pair.raw)
    .join("; ");
}

/** Whether a `callbackUrl` parameter is one NextAuth cannot take (NextAuth reads it on its endpoints). */
export function unusableCallbackParam(params: URLSearchParams, baseUrl: string): boolean {
  return params.getAll("callbackUrl").some((value) => !isAcceptableCallback(value, baseUrl));
}
