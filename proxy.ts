import { type NextRequest, NextResponse } from "next/server";
import { settings } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/headers";

// The CSP with a fresh nonce for the pages rendered per request. Every other header, and the CSP
// of prerendered pages and static files, comes from next.config.ts without running code per
// request. Headers only: proxy is never the gate (requireUser() is, at every door).

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const { production, https } = settings();
  const policy = contentSecurityPolicy({ nonce, production, https });
  // Next.js reads the nonce from the request's CSP header and puts it on every script it writes.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Must match PER_REQUEST_PAGES in lib/security/headers.ts (matchers have to be literals).
  matcher: ["/signin/:path*", "/members/:path*", "/dev/:path*"],
};
