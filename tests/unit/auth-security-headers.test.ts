import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import {
  PER_REQUEST_PAGES,
  contentSecurityPolicy,
  securityHeaderRules,
  staticSecurityHeaders,
} from "@/lib/security/headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("Content-Security-Policy", () => {
  it("allows only this request's nonce, and what it loads, on pages rendered per request", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123", production: true, https: true }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(true);
  });

  it("never allows eval in production, with or without a nonce", () => {
    for (const nonce of ["n", null]) {
      const policy = contentSecurityPolicy({ nonce, production: true, https: false });
      expect(policy).not.toContain("unsafe-eval");
      expect(directives(policy).get("script-src")).not.toContain("*");
    }
  });

  it("gives prerendered pages inline scripts from the page itself but no other origin", () => {
    const policy = directives(contentSecurityPolicy({ nonce: null, production: true, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("the other headers", () => {
  it("sends nosniff, the referrer policy, a permissions policy, and HSTS only in production", () => {
    const production = staticSecurityHeaders({ production: true });
    expect(production).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
    expect(production["Permissions-Policy"]).toContain("camera=()");
    expect(staticSecurityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("gives nonces to the sign-in, members and outbox pages only", () => {
    for (const path of ["/signin", "/signin/confirm", "/members", "/members/journal", "/dev/outbox"]) {
      expect(PER_REQUEST_PAGES.test(path)).toBe(true);
    }
    for (const path of ["/", "/articles/a", "/signing", "/membersx", "/feed.xml"]) {
      expect(PER_REQUEST_PAGES.test(path)).toBe(false);
    }
  });
});

describe("next.config.ts header rules", () => {
  const rules = securityHeaderRules({ production: true, https: false });
  const cspRule = rules.find((rule) =>
    rule.headers.some((header) => header.key === "Content-Security-Policy"),
  );

  it("send the fixed headers everywhere and a nonce-free CSP with no eval", () => {
    expect(rules[0]?.source).toBe("/:path*");
    expect(rules[0]?.headers.map((header) => header.key)).toContain("X-Content-Type-Options");
    expect(cspRule?.headers[0]?.value).not.toContain("nonce");
    expect(cspRule?.headers[0]?.value).not.toContain("unsafe-eval");
  });

  it("give the nonce-free CSP exactly to the paths proxy.ts leaves alone", () => {
    // Next.js's own matcher for header sources.
    const matches = getPathMatch(cspRule?.source ?? "", { removeUnnamedParams: true, strict: true });
    const paths = [
      "/",
      "/articles/a",
      "/feed.xml",
      "/api/auth/session",
      "/_next/static/chunks/a.js",
      "/signing",
    ];
    const perRequest = ["/signin", "/signin/confirm", "/members", "/members/journal/new", "/dev/outbox"];
    for (const path of [...paths, ...perRequest]) {
      expect(Boolean(matches(path)), path).toBe(!PER_REQUEST_PAGES.test(path));
    }
  });
});
