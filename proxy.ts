import { type NextRequest, NextResponse } from "next/server";
import { settings } from "@/lib/env";
import { actionOnPage, buildActions } from "@/lib/security/action-ids";
import { contentSecurityPolicy, PER_REQUEST_PAGES } from "@/lib/security/headers";
import {
  crossOriginAction,
  plainRead,
  readBodyUpTo,
  undecodableActionPost,
  unreadableRouterState,
  unusableCallbackParam,
  withoutUnusableCallbackCookie,
} from "@/lib/security/request-guard";

// Two jobs, headers only: proxy is never the gate (requireUser() is, at every door).
// - The CSP with a fresh nonce for the pages rendered per request. Every other header, and the CSP
//   of prerendered pages and static files, comes from next.config.ts.
// - Request parts that Next.js or NextAuth would crash on (lib/security/request-guard.ts) are
//   answered or dropped here, once, for every route: a stranger's malformed request must not be a
//   500 and a stack trace in the log.

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function refuse(status: number): NextResponse {
  const headers: Record<string, string> = { "Content-Type": "text/plain" };
  if (status === 405) headers.Allow = "GET, HEAD";
  return new NextResponse(`${status}`, { status, headers });
}

export async function proxy(request: NextRequest) {
  const { production, https, publicUrl, authCookies, distDir } = settings();
  if (
    plainRead(
      request.method,
      request.nextUrl.pathname,
      request.headers,
      authCookies.callbackUrl,
      PER_REQUEST_PAGES,
    )
  ) {
    return NextResponse.next();
  }
  if (crossOriginAction(request.headers)) return refuse(403);
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const status = await undecodableActionPost(
      request.headers,
      () => readBodyUpTo(request.clone().body),
      (id) => actionOnPage(buildActions(distDir), id, request.nextUrl.pathname),
    );
    if (status !== null) return refuse(status);
  }

  const headers = new Headers(request.headers);
  if (unreadableRouterState(headers)) headers.delete("next-router-state-tree");
  const cookies = withoutUnusableCallbackCookie(
    request.headers.get("cookie") ?? "",
    authCookies.callbackUrl,
    publicUrl,
  );
  if (cookies !== null) headers.set("cookie", cookies);

  const { pathname } = request.nextUrl;
  const nonce = PER_REQUEST_PAGES.test(pathname) ? newNonce() : null;
  const policy = nonce ? contentSecurityPolicy({ nonce, production, https }) : null;
  if (policy && nonce) {
    // Next.js reads the nonce from the request's CSP header and puts it on every script it writes.
    headers.set("content-security-policy", policy);
    headers.set("x-nonce", nonce);
  }

  let response: NextResponse;
  if (pathname.startsWith("/api/auth/") && unusableCallbackParam(request.nextUrl.searchParams, publicUrl)) {
    const url = request.nextUrl.clone();
    url.searchParams.delete("callbackUrl");
    response = NextResponse.rewrite(url, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  if (cookies !== null) response.cookies.delete(authCookies.callbackUrl);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every request but Next's own static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
