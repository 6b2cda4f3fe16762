import { isAcceptableCallback } from "@/lib/auth/callback-url";
import { decodableScriptReply, formActionId } from "./action-reply";

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

/** Next.js's own limit on a server action's body (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT = 1_000_000;

function multipartBoundary(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * Whether a POST to a page (not /api) is a body that Next.js can decode as one of this site's
 * server actions. Every action here is called with form data, so the browser sends multipart form
 * data with its boundary: with the action's id in the Next-Action header (JavaScript), or as a
 * `$ACTION_ID_…` / `$ACTION_REF_…` field (a form posted without JavaScript). Anything else (a JSON
 * text, a truncated or foreign body, a form that names no action, fields that reference fields the
 * body does not hold: action-reply.ts) makes Next.js's own decoder throw, which it answers with a
 * 500 or logs with a stack trace. Returns the status to answer, or null to let the request through.
 * `readBody` is called only when the headers pass, and answers null past ACTION_BODY_LIMIT bytes.
 * `onPage` tells whether the build has an action on the posted page (action-ids.ts).
 */
export async function undecodableActionPost(
  headers: Headers,
  readBody: () => Promise<Uint8Array | null>,
  onPage: (id: string) => boolean = () => true,
): Promise<number | null> {
  const length = Number(headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return 413;
  const contentType = headers.get("content-type") ?? "";
  const boundary = multipartBoundary(contentType);
  if (!boundary) return headers.has("next-action") ? 415 : 405;
  const bytes = await readBody();
  if (bytes === null) return 413;
  const text = new TextDecoder().decode(bytes);
  if (!text.startsWith(`--${boundary}`) || !text.includes(`--${boundary}--`)) return 400;
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": contentType },
    }).formData();
  } catch {
    return 400;
  }
  if (headers.has("next-action")) return decodableScriptReply(form) ? null : 400;
  if (!/name="\$ACTION_(ID|REF)_/.test(text)) return 405;
  const id = formActionId(form);
  if (id === null) return 400;
  return onPage(id) ? null : 404;
}

/** A request body read whole, or null as soon as it passes `limit` bytes (a body sent without a
 * length is not read further than a declared one could be). */
export async function readBodyUpTo(
  body: ReadableStream<Uint8Array> | null,
  limit = ACTION_BODY_LIMIT,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Whether a request is a plain read that none of the checks below concern: a GET or HEAD with no
 * server-action or router-state header, no callback cookie, on a path that gets no nonce and is not
 * NextAuth's. Most requests (every reader's page view) are this, and proxy.ts lets them through
 * untouched, without copying their headers into an override Next.js would then apply.
 */
export function plainRead(
  method: string,
  pathname: string,
  headers: Headers,
  callbackCookie: string,
  perRequestPages: RegExp,
): boolean {
  return (
    (method === "GET" || method === "HEAD") &&
    !headers.has("next-action") &&
    !headers.has("next-router-state-tree") &&
    !(headers.get("cookie") ?? "").includes(callbackCookie) &&
    !pathname.startsWith("/api/auth/") &&
    !perRequestPages.test(pathname)
  );
}

/** Whether the router-state header Next.js parses on an action or RSC request is readable. */
export function unreadableRouterState(headers: Headers): boolean {
  const value = headers.get("next-router-state-tree");
  if (value === null) return false;
  try {
    return !Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return true;
  }
}
