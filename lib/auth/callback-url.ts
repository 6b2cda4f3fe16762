// Where to go after signing in. Pure functions, shared by the server and the sign-in forms.

const MAX_CALLBACK_LENGTH = 2000;

/** Where a sign-in returns to when nothing else was asked for. */
export const DEFAULT_CALLBACK_PATH = "/members";

// Only the path, query and fragment of a parsed value are kept; the origin is a placeholder.
const PLACEHOLDER_ORIGIN = "http://callback.invalid";

/**
 * A same-site path to come back to, never an address on another site, and always plain ASCII:
 * the one place every callback (a query parameter, NextAuth's callback cookie, a form field) is
 * checked and normalised. The result goes into a Location header, which cannot carry a raw
 * non-ASCII character (a path such as 「/メンバー」 comes back percent-encoded), and dot segments
 * are resolved before the checks, so 「/x/../api」 is the /api it leads to.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > MAX_CALLBACK_LENGTH) return fallback;
  // "//host" and "/\host" are read by browsers as another host.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (NUL, newlines, tabs, which URL parsers silently drop), DEL and backslashes.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let path: string;
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
    path = url.pathname + url.search + url.hash;
  } catch {
    // A lone surrogate or another string no URL can hold.
    return fallback;
  }
  if (path.length > MAX_CALLBACK_LENGTH || path.startsWith("//")) return fallback;
  // The auth endpoints themselves are never a place to land (a GET of some is a form, or an error).
  if (/^\/api(\/|$)/i.test(path)) return fallback;
  return path;
}

/**
 * The return path asked for in a `callbackUrl` parameter: none means the members area, anything
 * that is not a same-site path means the home page.
 */
export function callbackPathFrom(value: string | null | undefined): string {
  return value ? safeCallbackPath(value, "/") : DEFAULT_CALLBACK_PATH;
}

/**
 * NextAuth's `callbacks.redirect`: a same-site path or an address on this site is kept, anything
 * else (another site, "//host", "/\host", "javascript:") lands on the home page.
 */
export function sameSiteRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  if (url.startsWith("/")) return origin + safeCallbackPath(url, "/");
  try {
    const target = new URL(url);
    if (target.origin === origin)
      return origin + safeCallbackPath(target.pathname + target.search + target.hash, "/");
  } catch {
    // Not a URL at all: fall through to the home page.
  }
  return `${origin}/`;
}

/** The path part of a callback URL on this site, for links and forms; "/" for anything else. */
export function callbackPathOf(url: string, baseUrl: string): string {
  const target = new URL(sameSiteRedirect({ url, baseUrl }));
  return target.pathname + target.search + target.hash;
}

/** The confirmation page for a sign-in link: it shows a button, and only the button uses the token. */
export function confirmationPath({
  token,
  email,
  callbackPath,
}: {
  token: string;
  email: string;
  callbackPath: string;
}): string {
  return `/signin/confirm?${new URLSearchParams({ token, email, callbackUrl: callbackPath })}`;
}

/** NextAuth's own endpoint that uses up the token; only the confirmation page's form posts to it. */
export function emailCallbackPath({
  token,
  email,
  callbackPath,
}: {
  token: string;
  email: string;
  callbackPath: string;
}): string {
  return `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: callbackPath })}`;
}

/** Why a sign-in link cannot be used, as the error page explains it. */
export type LinkProblem = "expired" | "used" | "invalid";

/** The error page for a link that cannot be used, with what it needs to send a new one. */
export function errorPagePath(reason: LinkProblem, email: string, callbackPath: string): string {
  const query = new URLSearchParams({ error: "Verification", reason, callbackUrl: callbackPath });
  if (email) query.set("email", email);
  return `/signin/error?${query}`;
}

/**
 * Whether a callback a request carries (NextAuth's callback cookie, a `callbackUrl` on its
 * endpoints) may be handed to NextAuth as it is: a same-site path or address that the checks
 * above keep unchanged. NextAuth answers anything it cannot read as an http(s) address, such as
 * `javascript:`, with a 500 from every session check, so proxy.ts drops such a value instead.
 */
export function isAcceptableCallback(value: string, baseUrl: string): boolean {
  const kept = sameSiteRedirect({ url: value, baseUrl });
  return kept === value || kept === new URL(baseUrl).origin + value;
}
