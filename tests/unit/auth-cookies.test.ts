import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authCookies } from "@/lib/auth/cookies";
import { parseSettings } from "@/lib/env";

// NextAuth's own defaults, which its package does not export: read from the installed file so an
// upgrade that renames a cookie or changes its options fails here.
type CookieOption = { name: string; options: Record<string, unknown> };
const { defaultCookies } = createRequire(import.meta.url)(
  path.join(process.cwd(), "node_modules/next-auth/core/lib/cookie.js"),
) as { defaultCookies: (useSecureCookies: boolean) => Record<string, CookieOption> };

describe("NextAuth's cookies", () => {
  it.each([
    ["https", "https://sentaku.example", true],
    ["http", "http://localhost:3000", false],
  ])("have NextAuth's own names and options on %s", (_label, siteUrl, secure) => {
    const defaults = defaultCookies(secure);
    expect(authCookies(parseSettings({ SITE_URL: siteUrl }))).toEqual({
      sessionToken: defaults.sessionToken,
      callbackUrl: defaults.callbackUrl,
      csrfToken: defaults.csrfToken,
    });
  });
});
