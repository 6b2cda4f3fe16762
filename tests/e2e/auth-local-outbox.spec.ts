// Servers with other environments than the main test server: `npm start` with no EMAIL_SERVER (the
// embedded default), a public production server missing its settings, and an https public URL.
import { expect, test } from "@playwright/test";
import { type SpawnedServer, startServer, waitUntilServing } from "./support/auth";

// Each test starts its own production server; they take a few seconds each.
test.describe.configure({ timeout: 180_000 });

const LINK_LINE = /\[outbox\] Sign-in link for (\S+) \(valid for 30 min\): (http:\/\/\S+)/;
const OUTBOX_LINE = /\[outbox\] Every kept mail, for this machine only: (http:\/\/\S+)/;

test.describe("with no EMAIL_SERVER", () => {
  let server: SpawnedServer;

  test.beforeAll(async () => {
    // Nothing configured but where to keep data: what a fresh clone's `npm start` has.
    server = startServer({});
    await waitUntilServing(server);
  });

  test.afterAll(async () => {
    await server.stop();
  });

  test("8. a person signs in with the link printed on the server log", async ({ page }) => {
    const email = "local-reader@example.jp";
    await page.goto(`${server.baseURL}/signin?callbackUrl=%2F`);
    await page.getByLabel("メールアドレス", { exact: true }).fill(email);
    await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
    await expect(page.getByTestId("pending-email")).toHaveText(email);

    const [, to, link = ""] = await server.waitForOutput(LINK_LINE);
    expect(to).toBe(email);
    expect(link.startsWith(`${server.baseURL}/signin/confirm?`)).toBe(true);

    await page.goto(link);
    await page.getByRole("button", { name: "ログインする" }).click();
    await expect(page).toHaveURL(`${server.baseURL}/`);
    await expect(page.getByRole("link", { name: /ログイン中/ })).toBeVisible();
    const session = (await (await page.request.get(`${server.baseURL}/api/auth/session`)).json()) as {
      user?: { email?: string };
    };
    expect(session.user?.email).toBe(email);
  });

  test("/dev/outbox lists the kept mail to this machine with the logged key, and to nobody else", async ({
    page,
    request,
  }) => {
    // A mail to list (the log names the outbox page after the first one).
    const csrf = (await (await request.get(`${server.baseURL}/api/auth/csrf`)).json()) as {
      csrfToken: string;
    };
    await request.post(`${server.baseURL}/api/auth/signin/email`, {
      form: { email: "outbox-reader@example.jp", csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" },
    });
    const [, outboxUrl = ""] = await server.waitForOutput(OUTBOX_LINE);
    await page.goto(outboxUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("送信済みメール(開発用)");
    await expect(page.getByText("Sentaku ログイン用リンクとコード(30分有効)").first()).toBeVisible();

    const withoutKey = await request.get(`${server.baseURL}/dev/outbox`);
    expect(withoutKey.status()).toBe(404);
    const wrongKey = await request.get(`${server.baseURL}/dev/outbox?key=${"x".repeat(32)}`);
    expect(wrongKey.status()).toBe(404);
    // Without a proxy in front (TRUST_PROXY=0) the client's own X-Forwarded-For is replaced by the
    // socket address, so a header cannot make a request look like another machine, or this one:
    // the verdict follows where the connection comes from (lib/security/socket-address.ts).
    const claimedLan = await request.get(outboxUrl, { headers: { "X-Forwarded-For": "192.168.1.23" } });
    expect(claimedLan.status()).toBe(200);
    const otherHost = await request.get(outboxUrl, { headers: { Host: "sentaku.example" } });
    expect(otherHost.status()).toBe(404);
  });
});

test("a public production server without EMAIL_SERVER or NEXTAUTH_SECRET refuses to start and names the variable", async () => {
  const noMail = startServer({ SITE_URL: "https://sentaku.example" });
  try {
    expect(await noMail.exited).not.toBe(0);
    expect(noMail.output()).toContain("Sentaku cannot start: EMAIL_SERVER is not set.");
  } finally {
    await noMail.stop();
  }

  const noSecret = startServer({
    SITE_URL: "https://sentaku.example",
    EMAIL_SERVER: "smtp://127.0.0.1:2525",
    EMAIL_FROM: "Sentaku <no-reply@sentaku.example>",
  });
  try {
    expect(await noSecret.exited).not.toBe(0);
    expect(noSecret.output()).toContain("Sentaku cannot start: NEXTAUTH_SECRET is not set.");
  } finally {
    await noSecret.stop();
  }
});

test("with an https address, session and CSRF cookies are Secure, HttpOnly, SameSite=Lax and prefixed", async () => {
  // https://localhost is still this machine, so the outbox may keep the mail; the server itself
  // speaks plain http to the test, as it would behind a TLS proxy.
  let server: SpawnedServer | undefined;
  try {
    server = startServer({ SITE_URL: "https://localhost" });
    await waitUntilServing(server);
    const http = server.baseURL;

    const csrfResponse = await fetch(`${http}/api/auth/csrf`);
    const csrfCookie = csrfResponse.headers.getSetCookie().find((c) => c.includes("csrf-token")) ?? "";
    expect(csrfCookie).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrfCookie).toMatch(/; HttpOnly/i);
    expect(csrfCookie).toMatch(/; Secure/i);
    expect(csrfCookie).toMatch(/; SameSite=Lax/i);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

    const email = "secure-cookie@example.jp";
    const request = await fetch(`${http}/api/auth/signin/email`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: csrfCookie.split(";")[0] ?? "",
      },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/", json: "true" }),
    });
    expect(((await request.json()) as { url: string }).url).toContain("verify-request");

    const [, , link = ""] = await server.waitForOutput(
      /\[outbox\] Sign-in link for (\S+) \(valid for 30 min\): (https:\/\/\S+)/,
    );
    const callback = new URL(link);
    const target = `${http}/api/auth/callback/email${callback.search}`;
    const confirm = await fetch(target, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: "https://localhost", "Sec-Fetch-Site": "same-origin" },
    });
    expect(confirm.status).toBe(302);
    const sessionCookie = confirm.headers.getSetCookie().find((c) => c.includes("session-token")) ?? "";
    expect(sessionCookie).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(sessionCookie).toMatch(/; HttpOnly/i);
    expect(sessionCookie).toMatch(/; Secure/i);
    expect(sessionCookie).toMatch(/; SameSite=Lax/i);

    // Pages rendered per request follow the public URL at run time: https asks for https subresources.
    const signIn = await fetch(`${http}/signin`);
    expect(signIn.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  } finally {
    await server?.stop();
  }
});
