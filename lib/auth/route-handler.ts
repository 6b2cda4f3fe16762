import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { serverEnv } from "@/lib/env";
import { callbackPathFrom, errorPagePath } from "./callback-url";
import { clientIp } from "./client-ip";
import { consumeCode } from "./code-route";
import { authOptions, createAuthOptions, type SignInRequestContext } from "./options";
import { requestCookieHeader, requestIdFor } from "./request-cookie";
import { fromThisSite } from "./same-site-request";
import { checkSignInLink } from "./verification";

export interface AuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

const env = serverEnv();

/** What the sign-in form may send as an address: a plain address, nothing for a parser to bend. */
export const signInAddress = z.string().trim().max(254).pipe(z.email());

async function nextAuth(request: NextRequest, context: AuthRouteContext, options = authOptions) {
  const response: Response = await NextAuth(request, context, options);
  return response;
}

function redirectTo(path: string, status: 302 | 303 = 303): Response {
  return new Response(null, { status, headers: { Location: new URL(path, env.publicUrl).toString() } });
}

/** The three parameters of a sign-in link, as the link carries them. */
function linkParams(url: URL) {
  return {
    token: url.searchParams.get("token") ?? "",
    email: url.searchParams.get("email") ?? "",
    callbackPath: callbackPathFrom(url.searchParams.get("callbackUrl")),
  };
}

export async function handleAuthGet(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "email") {
    // A GET or HEAD never uses up a token: mail scanners and link previews fetch links. Whoever
    // has an old-style link is shown the confirmation page, whose button posts back here.
    const { token, email, callbackPath } = linkParams(request.nextUrl);
    return redirectTo(`/signin/confirm?${new URLSearchParams({ token, email, callbackUrl: callbackPath })}`);
  }
  return nextAuth(request, context);
}

export async function handleAuthPost(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const [action, provider] = (await context.params).nextauth;
  // NextAuth parses a JSON body without catching (a 500 and a stack for "{"): refuse it here.
  if (!(await bodyParses(request))) return new Response("Bad request", { status: 400 });
  if (action === "signin" && provider === "email") return requestLink(request, context);
  if (action === "callback" && provider === "email") return consumeLink(request, context);
  if (action === "code" && provider === undefined) return consumeCode(request);
  return nextAuth(request, context);
}

async function bodyParses(request: NextRequest): Promise<boolean> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return true;
  try {
    await request.clone().json();
    return true;
  } catch {
    return false;
  }
}

async function formFields(request: NextRequest): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return (await request.clone().json()) as Record<string, unknown>;
    if (type.includes("application/x-www-form-urlencoded")) {
      return Object.fromEntries(new URLSearchParams(await request.clone().text()));
    }
  } catch {
    // A body that does not parse is treated like an empty one.
  }
  return {};
}

/**
 * POST /api/auth/signin/email. NextAuth checks the CSRF token and calls sendVerificationRequest,
 * which applies the limits; here the address is held to a plain shape first, the client's
 * address is handed to the limit, and the browser gets the request cookie its code is tied to.
 */
async function requestLink(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const fields = await formFields(request);
  if (!signInAddress.safeParse(fields.email).success) {
    const url = new URL("/api/auth/error?error=EmailAddress", env.publicUrl).toString();
    return fields.json === "true" || fields.json === true ? Response.json({ url }) : redirectTo(url, 302);
  }
  const requestId = requestIdFor(request.headers, env);
  const signIn: SignInRequestContext = { clientIp: clientIp(request.headers, env.trustedProxies), requestId };
  const response = await nextAuth(request, context, createAuthOptions(signIn));
  const withCookie = signIn.refusedUntil
    ? await withRetryAt(response, signIn.refusedUntil)
    : new Response(response.body, response);
  withCookie.headers.append("set-cookie", requestCookieHeader(requestId, env));
  return withCookie;
}

/**
 * NextAuth's reply to a request the limit refused, with `retryAt` (epoch milliseconds) added to
 * the address it sends the browser to, so the form can say when to try again (lib/auth/rate-limit.ts
 * says why this is fair). NextAuth answers the form's fetch with JSON `{ url }`, a plain post with
 * a redirect.
 */
async function withRetryAt(response: Response, retryAt: Date): Promise<Response> {
  const mark = (address: string) => {
    const url = new URL(address, env.publicUrl);
    url.searchParams.set("retryAt", String(retryAt.getTime()));
    return url.toString();
  };
  const location = response.headers.get("location");
  if (location) {
    const headers = new Headers(response.headers);
    headers.set("location", mark(location));
    return new Response(null, { status: response.status, headers });
  }
  const body = (await response.json().catch(() => null)) as { url?: unknown } | null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const url = typeof body?.url === "string" ? mark(body.url) : null;
  return Response.json(url ? { ...body, url } : body, { status: response.status, headers });
}

/**
 * POST /api/auth/callback/email: the confirmation page's button. Only a form on this site may use
 * a token (another site's form could otherwise sign a visitor into the sender's account), and a
 * link that cannot be used is sent to the error page with the reason, before NextAuth would delete
 * the row that tells an expired link from a used one.
 */
async function consumeLink(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const { token, email, callbackPath } = linkParams(request.nextUrl);
  if (!fromThisSite(request.headers)) return redirectTo(errorPagePath("invalid", email, callbackPath));

  const problem = await checkSignInLink({ token, email });
  if (problem) return redirectTo(errorPagePath(problem, email, callbackPath));

  const response = await nextAuth(request, context);
  const location = response.headers.get("location") ?? "";
  // Two clicks at once: the other one used the token first.
  if (/\/(api\/auth|signin)\/error\?error=Verification/.test(location)) {
    return redirectTo(errorPagePath("used", email, callbackPath));
  }
  return response;
}
