import type { ServerEnv } from "@/lib/env";
import { SIGN_IN_REQUEST_COOKIE, isWellFormedRequestId, newRequestId } from "./sign-in-code";

/** The request cookie's name: with the __Host- prefix on https, so no subdomain can plant one. */
export function requestCookieName(env: Pick<ServerEnv, "https">): string {
  return env.https ? `__Host-${SIGN_IN_REQUEST_COOKIE}` : SIGN_IN_REQUEST_COOKIE;
}

function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The browser's sign-in request id, if it has a well-formed one. */
export function requestIdFrom(headers: Headers, env: Pick<ServerEnv, "https">): string | undefined {
  const value = cookieValue(headers, requestCookieName(env));
  return isWellFormedRequestId(value) ? value : undefined;
}

/**
 * The id for a new sign-in request: the browser's own if it has one, so that asking again from the
 * same page keeps working with the newest code, else a fresh one.
 */
export function requestIdFor(headers: Headers, env: Pick<ServerEnv, "https">): string {
  return requestIdFrom(headers, env) ?? newRequestId();
}

export function requestCookieHeader(
  id: string,
  env: Pick<ServerEnv, "https" | "signInLinkMaxAgeSeconds">,
): string {
  const secure = env.https ? "; Secure" : "";
  return `${requestCookieName(env)}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${env.signInLinkMaxAgeSeconds}${secure}`;
}

export function clearRequestCookieHeader(env: Pick<ServerEnv, "https">): string {
  const secure = env.https ? "; Secure" : "";
  return `${requestCookieName(env)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}
