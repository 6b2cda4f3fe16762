import { type NextRequest, NextResponse } from "next/server";
import { PER_REQUEST_PAGES, contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security/headers";

// Headers only: proxy is never the gate (requireUser() is, at every door).

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const https = (process.env.SITE_URL?.trim() || process.env.NEXTAUTH_URL?.trim() || "").startsWith(
    "https://",
  );
  const nonce = PER_REQUEST_PAGES.test(request.nextUrl.pathname) ? newNonce() : null;
  const policy = contentSecurityPolicy({ nonce, production, https });

  let response: NextResponse;
  if (nonce) {
    // Next.js reads the nonce from the request's CSP header and puts it on every script it writes.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    headers.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ production }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Every response, static files included (they need nosniff too).
  matcher: "/:path*",
};
