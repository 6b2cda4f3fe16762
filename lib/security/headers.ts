// Security headers for every response. next.config.ts sends them (and the prerendered pages' CSP)
// without running any code per request; proxy.ts sends the CSP with a fresh nonce on the pages
// rendered per request. Pure, so a unit test can read them.

export interface PolicyOptions {
  /** A fresh nonce for a page rendered per request; null for prerendered pages and other files. */
  nonce: string | null;
  production: boolean;
  /** The public site is served over https (upgrade stray http subresources). */
  https: boolean;
}

/**
 * The Content-Security-Policy. Pages rendered per request (sign-in, members) get a nonce and
 * 'strict-dynamic': only scripts Next.js marked with this request's nonce, and what they load, run.
 * Prerendered pages (home, articles) are written at build time, when there is no request and so no
 * nonce, and App Router puts its RSC payload in inline scripts; they allow inline scripts from the
 * page itself but, like every page, no eval, no script from another origin, no plugins, no <base>,
 * no framing. Their content is our own Markdown, rendered without raw HTML.
 */
export function contentSecurityPolicy({ nonce, production, https }: PolicyOptions): string {
  const scripts = nonce ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`] : [`'self'`, `'unsafe-inline'`];
  // React's development build rebuilds server error stacks with eval; production never evals.
  if (!production) scripts.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `media-src 'self'`,
    `worker-src 'self' blob:`,
    `manifest-src 'self'`,
    `frame-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Every header but the CSP, which depends on the page. */
export function staticSecurityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers older than frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain http, so a local production server is not pinned to https.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Paths rendered per request, which get a nonce. Everything else is prerendered or not HTML. */
export const PER_REQUEST_PAGES = /^\/(signin|members|dev)(\/|$)/;

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/**
 * next.config.ts `headers()`: the fixed headers on every path, static files included, and the
 * nonce-free CSP on every path that proxy.ts does not give a nonce (the source pattern is
 * PER_REQUEST_PAGES, negated). Computed at build time, like the prerendered pages themselves.
 */
export function securityHeaderRules({
  production,
  https,
}: {
  production: boolean;
  https: boolean;
}): HeaderRule[] {
  const toList = (headers: Record<string, string>) =>
    Object.entries(headers).map(([key, value]) => ({ key, value }));
  return [
    { source: "/:path*", headers: toList(staticSecurityHeaders({ production })) },
    {
      source: "/((?!(?:signin|members|dev)(?:/|$)).*)",
      headers: toList({
        "Content-Security-Policy": contentSecurityPolicy({ nonce: null, production, https }),
      }),
    },
  ];
}
