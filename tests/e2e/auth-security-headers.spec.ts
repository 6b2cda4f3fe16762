// Acceptance 7: the security headers on a prerendered public page, an article and a members page,
// and the pages still work under their policy (their scripts run, nothing is blocked).
import { type APIResponse, type Page, type Response, expect, test } from "@playwright/test";
import { signInAs } from "./support/members";

type AnyResponse = Pick<APIResponse, "headers"> | Pick<Response, "headers">;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(response: AnyResponse | null): Map<string, string[]> {
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const policy = directives(csp);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("script-src")?.length).toBeGreaterThan(0);
  expect(csp).not.toContain("unsafe-eval");
  expect(policy.get("script-src")).not.toContain("*");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  return policy;
}

/** Collects the browser's CSP complaints while a page loads. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

async function anArticlePath(page: Page): Promise<string> {
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  const match = /<loc>https?:\/\/[^/<]+(\/articles\/[^<]+)<\/loc>/.exec(sitemap);
  if (!match?.[1]) throw new Error("The sitemap lists no article");
  return match[1];
}

test("the home page has every security header, and its scripts run under the policy", async ({ page }) => {
  const violations = watchViolations(page);
  const response = await page.goto("/");
  const policy = expectSecurityHeaders(response);
  // Prerendered: written at build time, so no nonce, but no other origin either.
  expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  // The header's sign-in island is client code: seeing it proves the scripts ran.
  await expect(
    page
      .getByRole("navigation", { name: "メインメニュー" })
      .getByRole("link", { name: "ログイン", exact: true }),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test("an article has every security header, and its scripts run under the policy", async ({ page }) => {
  const violations = watchViolations(page);
  const response = await page.goto(await anArticlePath(page));
  expect(response?.status()).toBe(200);
  expectSecurityHeaders(response);
  await expect(
    page
      .getByRole("navigation", { name: "メインメニュー" })
      .getByRole("link", { name: "ログイン", exact: true }),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test("a members page has every security header with this request's nonce on its scripts", async ({
  page,
  context,
}) => {
  await signInAs(context, `headers-${Date.now()}@sentaku.test`);
  const violations = watchViolations(page);
  const response = await page.goto("/members");
  expect(response?.status()).toBe(200);
  const policy = expectSecurityHeaders(response);
  const nonce = policy
    .get("script-src")
    ?.find((value) => value.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1);
  expect(nonce).toBeTruthy();
  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");

  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  await expect(page.getByRole("link", { name: /ログイン中/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test("each request gets its own nonce", async ({ request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get("/signin")).headers()["content-security-policy"] ?? "")?.[1];
  const first = await nonceOf();
  const second = await nonceOf();
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test("static files and API responses carry the headers too", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  expectSecurityHeaders(await request.get(script ?? "/"));
  expectSecurityHeaders(await request.get("/api/auth/session"));
});
