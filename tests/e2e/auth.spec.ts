// Email sign-in end to end: the app sends real mail over SMTP to the test's mail sink, and a real
// Chromium opens the links.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { createMember } from "@/lib/db/seed";
import { confirmLink, forgetClientLimits, requestLinkFromPage, runSql, sessionCount } from "./support/auth";
import { linkIn, mailsTo, waitForMail } from "./support/mail";
import { withE2eDatabase } from "./support/members";

const headerLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name, exact: true });

let sequence = 0;
/** A fresh address per test, so mail counts and limits never mix between tests or runs. */
const newAddress = (label: string) => `${label}-${Date.now().toString(36)}-${++sequence}@sentaku.test`;

/** The first article the sitemap lists: a prerendered public page to sign in from. */
async function anArticlePath(request: APIRequestContext): Promise<string> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const match = /<loc>https?:\/\/[^/<]+(\/articles\/[^<]+)<\/loc>/.exec(sitemap);
  if (!match?.[1]) throw new Error("The sitemap lists no article");
  return match[1];
}

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

async function postSignIn(
  request: APIRequestContext,
  email: string,
  token: string | null,
  callbackUrl = "/members",
) {
  const form: Record<string, string> = { email, callbackUrl, json: "true" };
  if (token !== null) form.csrfToken = token;
  return request.post("/api/auth/signin/email", { form });
}

/** Waits until mail to an address has stopped arriving, then returns how many came. */
async function settledMailCount(address: string): Promise<number> {
  let previous = -1;
  let count = (await mailsTo(address)).length;
  while (count !== previous) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    previous = count;
    count = (await mailsTo(address)).length;
  }
  return count;
}

test.beforeEach(() => forgetClientLimits());

test("1. a new address signs in by the emailed link, comes back to the article, stays signed in, and signs out", async ({
  page,
  request,
}) => {
  const email = newAddress("new");
  const article = await anArticlePath(request);

  await page.goto(article);
  await headerLink(page, "ログイン").click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(article)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メンバー登録・ログイン");
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  await expect(page.getByTestId("pending-email")).toHaveText(email);

  const mail = await waitForMail(email);
  expect(mail.subject).toContain("ログイン用リンク");
  expect(mail.text).toContain("お心当たりがない場合");
  expect(mail.html).toContain("ログインページを開く");
  const link = linkIn(mail);
  expect(new URL(link).pathname).toBe("/signin/confirm");

  await confirmLink(page, link);
  await expect(page).toHaveURL(article);
  const signedIn = page.getByRole("link", { name: /ログイン中/ });
  await expect(signedIn).toBeVisible();
  expect(sessionCount(email)).toBe(1);

  await page.reload();
  await expect(signedIn).toBeVisible();

  // Signing out lives on the account page and ends on a page that says so.
  await signedIn.click();
  await page.getByRole("button", { name: "この端末からログアウトする" }).click();
  await expect(page).toHaveURL("/signed-out");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ログアウトしました");
  await expect(headerLink(page, "ログイン")).toBeVisible();
  expect(sessionCount(email)).toBe(0);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
});

test("signing in from a reflection prompt link comes back to that prompt", async ({ page }) => {
  const prompts = JSON.parse(readFileSync("content/prompts.json", "utf8")) as { id: string }[];
  const promptPath = `/members/journal/new?prompt=${encodeURIComponent(prompts[0]?.id ?? "")}`;
  await page.goto(promptPath);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(promptPath)}`);

  const email = newAddress("prompt");
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page.getByTestId("pending-email")).toHaveText(email);
  await confirmLink(page, linkIn(await waitForMail(email)));
  await expect(page).toHaveURL(promptPath);
});

test("2. a link fetched first by a scanner (GET and HEAD) still signs in in the browser", async ({
  page,
  playwright,
}) => {
  const email = newAddress("scanned");
  await requestLinkFromPage(page, email, "/");
  const link = linkIn(await waitForMail(email));

  const scanner = await playwright.request.newContext();
  try {
    const head = await scanner.fetch(link, { method: "HEAD" });
    expect(head.status()).toBe(200);
    const get = await scanner.get(link);
    expect(get.status()).toBe(200);
    expect(await get.text()).toContain("ログインを完了します");
    // The old NextAuth-style address of the same token is not spent by a GET either.
    const legacy = new URL(link);
    legacy.pathname = "/api/auth/callback/email";
    const legacyGet = await scanner.get(legacy.toString());
    expect(legacyGet.url()).toContain("/signin/confirm?");
  } finally {
    await scanner.dispose();
  }
  expect(sessionCount(email)).toBe(0);

  await confirmLink(page, link);
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: /ログイン中/ })).toBeVisible();
  expect(sessionCount(email)).toBe(1);
});

test.describe("3. a link that cannot be used shows the Japanese error page and creates no session", () => {
  test("used twice", async ({ page, browser }) => {
    const email = newAddress("twice");
    await requestLinkFromPage(page, email, "/");
    const link = linkIn(await waitForMail(email));
    await confirmLink(page, link);
    await expect(page.getByRole("link", { name: /ログイン中/ })).toBeVisible();

    const other = await browser.newContext();
    try {
      const second = await other.newPage();
      await second.goto(link);
      await expect(second).toHaveURL(/\/signin\/error\?/);
      await expect(second.getByRole("heading", { level: 1 })).toHaveText("このリンクはすでに使われています");
      expect((await other.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
    } finally {
      await other.close();
    }
    expect(sessionCount(email)).toBe(1);
  });

  test("after its lifetime (the token row's expiry moved into the past)", async ({ page }) => {
    const email = newAddress("expired");
    await requestLinkFromPage(page, email, "/");
    const link = linkIn(await waitForMail(email));
    // Ten minutes passing, done in the database: the server compares the row's expiry with its clock.
    const expired = new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00");
    runSql("UPDATE VerificationToken SET expires = ? WHERE identifier = ?", expired, email);

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("リンクの有効期限が切れています");
    expect(sessionCount(email)).toBe(0);

    // One step to a new link: the address is already filled in.
    await expect(page.getByLabel("メールアドレス", { exact: true })).toHaveValue(email);
    await page.getByRole("button", { name: "新しいリンクを送る" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    const fresh = linkIn(await waitForMail(email, 2));
    await confirmLink(page, fresh);
    await expect(page).toHaveURL("/");
    expect(sessionCount(email)).toBe(1);
  });

  test("expiring while the confirmation page is open", async ({ page }) => {
    const email = newAddress("late");
    await requestLinkFromPage(page, email, "/");
    const link = linkIn(await waitForMail(email));
    await page.goto(link);
    await expect(page.getByRole("button", { name: "ログインする" })).toBeVisible();
    runSql(
      "UPDATE VerificationToken SET expires = ? WHERE identifier = ?",
      new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"),
      email,
    );
    await page.getByRole("button", { name: "ログインする" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("リンクの有効期限が切れています");
    expect(sessionCount(email)).toBe(0);
  });

  test("with the address changed", async ({ page, request }) => {
    const email = newAddress("owner");
    const intruder = newAddress("intruder");
    await requestLinkFromPage(page, email, "/");
    const link = new URL(linkIn(await waitForMail(email)));
    link.searchParams.set("email", intruder);

    await page.goto(link.toString());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("このリンクは使えません");

    // Straight to the endpoint, skipping the page: no session either.
    const callback = new URL(link);
    callback.pathname = "/api/auth/callback/email";
    const response = await request.post(callback.toString(), {
      headers: { Origin: new URL(link).origin },
      maxRedirects: 0,
    });
    expect(response.headers().location).toContain("/signin/error?");
    expect(sessionCount(email)).toBe(0);
    expect(sessionCount(intruder)).toBe(0);

    // The untouched link still works for its owner.
    link.searchParams.set("email", email);
    await confirmLink(page, link.toString());
    expect(sessionCount(email)).toBe(1);
  });

  test("posted from another site's form", async ({ page, request }) => {
    const email = newAddress("csrf-login");
    await requestLinkFromPage(page, email, "/");
    const link = new URL(linkIn(await waitForMail(email)));
    const callback = new URL(link);
    callback.pathname = "/api/auth/callback/email";
    const response = await request.post(callback.toString(), {
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    expect(response.headers().location).toContain("/signin/error?");
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    expect(sessionCount(email)).toBe(0);
  });
});

test("4. twenty rapid requests for one address send at most 3 emails; member and stranger get the same reply", async ({
  request,
}) => {
  const email = newAddress("burst");
  const member = newAddress("member");
  const stranger = newAddress("stranger");
  // Seeded first: opening the seed client takes seconds, and an idle keep-alive socket to the
  // server may be closed under the next request.
  await withE2eDatabase((db) => createMember(db, { email: member }));
  const token = await csrfToken(request);
  const replies = await Promise.all(Array.from({ length: 20 }, () => postSignIn(request, email, token)));
  const bodies = await Promise.all(replies.map(async (reply) => `${reply.status()} ${await reply.text()}`));
  // The refused ones say when to ask again (about 15 minutes on); otherwise every reply is the same.
  const retryAts = bodies.flatMap((body) => /retryAt=(\d+)/.exec(body)?.[1] ?? []).map(Number);
  expect(retryAts).toHaveLength(17);
  for (const retryAt of retryAts) {
    expect(retryAt - Date.now()).toBeGreaterThan(13 * 60_000);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  }
  expect(new Set(bodies.map((body) => body.replace(/[?&]retryAt=\d+/, ""))).size).toBe(1);
  expect(bodies[0]).toContain("verify-request");
  expect(await settledMailCount(email)).toBe(3);

  const forMember = await postSignIn(request, member, token);
  const forStranger = await postSignIn(request, stranger, token);
  expect(forMember.status()).toBe(forStranger.status());
  expect(await forMember.text()).toBe(await forStranger.text());
  const cookieNames = (reply: typeof forMember) =>
    reply
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "set-cookie")
      .map((header) => header.value.split("=")[0]);
  expect(cookieNames(forMember)).toEqual(cookieNames(forStranger));
  // Both really got their mail: the same reply is not a silent refusal for one of them.
  await waitForMail(member);
  await waitForMail(stranger);
});

test("4b. past the limit the form says, in Japanese, from what time she can ask again", async ({ page }) => {
  const email = newAddress("limited");
  for (let i = 0; i < 3; i++) await requestLinkFromPage(page, email);
  await page.goto("/signin");
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  const message = page.getByText(
    /短い時間にメールを続けてお送りしたため、いまはお送りできません。\d\d:\d\dごろから/,
  );
  await expect(message).toBeVisible();
  // The time shown is Japan time, about 15 minutes after the first of the three emails.
  const [hours, minutes] = (/(\d\d):(\d\d)ごろ/.exec((await message.textContent()) ?? "") ?? [])
    .slice(1)
    .map(Number);
  const tokyo = new Date(Date.now() + 9 * 60 * 60_000);
  const now = tokyo.getUTCHours() * 60 + tokyo.getUTCMinutes();
  const ahead = ((hours ?? 0) * 60 + (minutes ?? 0) - now + 24 * 60) % (24 * 60);
  expect(ahead).toBeGreaterThanOrEqual(12);
  expect(ahead).toBeLessThanOrEqual(15);
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  expect(await settledMailCount(email)).toBe(3);
});

for (const callbackUrl of ["https://example.com/", "//example.com", "/\\example.com"]) {
  test(`5. callbackUrl=${callbackUrl} never leaves the site`, async ({ page, baseURL }) => {
    const email = newAddress("callback");
    await requestLinkFromPage(page, email, callbackUrl);
    const link = linkIn(await waitForMail(email));
    expect(new URL(link).searchParams.get("callbackUrl")).toBe("/");
    await confirmLink(page, link);
    await expect(page).toHaveURL(`${baseURL}/`);
    expect(new URL(page.url()).origin).toBe(baseURL);
  });
}

test("6. a POST to the email sign-in endpoint without a valid CSRF token sends no email", async ({
  request,
  playwright,
  baseURL,
}) => {
  const email = newAddress("csrf");
  const missing = await postSignIn(request, email, null);
  expect(await missing.text()).toContain("csrf=true");

  // A token from the page, sent without the cookie it belongs to (as another site would).
  const token = await csrfToken(request);
  const stranger = await playwright.request.newContext({ baseURL });
  try {
    const forged = await postSignIn(stranger, email, token);
    expect(await forged.text()).toContain("csrf=true");
  } finally {
    await stranger.dispose();
  }

  // The sink is working: a valid request arrives, and it is the only mail.
  const valid = await postSignIn(request, email, token);
  expect(await valid.text()).toContain("verify-request");
  await waitForMail(email);
  expect(await settledMailCount(email)).toBe(1);
});

test("the check-email page resends after a visible cooldown and lets her fix a typo", async ({ page }) => {
  const email = newAddress("resend");
  await page.clock.install();
  await requestLinkFromPage(page, email, "/");
  const resend = page.getByRole("button", { name: "リンクとコードをもう一度送る" });
  await expect(resend).toBeDisabled();
  await expect(page.getByText(/あと \d+ 秒で再送信できます/)).toBeVisible();
  await waitForMail(email);

  await page.clock.fastForward(61_000);
  await expect(resend).toBeEnabled();
  await resend.click();
  await expect(page.getByRole("status")).toContainText("新しいリンクとコードを送りました");
  await waitForMail(email, 2);

  await page.getByRole("link", { name: "メールアドレスを入力し直してください" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
  await expect(page.getByLabel("メールアドレス", { exact: true })).toHaveValue(email);
});

test("the sign-in page explains what happens, and refuses a malformed address in Japanese", async ({
  page,
}) => {
  await page.goto("/signin");
  // Short, mid-thought: how it works, how long the code lasts, what the address is used for.
  await expect(page.getByText(/メールアドレスに届くコードかリンクでログインします/)).toBeVisible();
  await expect(
    page.getByText(/のあいだ1回だけ使えます。アドレスはログインにだけ使い、公開しません。/),
  ).toBeVisible();
  await page.getByLabel("メールアドレス", { exact: true }).fill("hanako@");
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "メールアドレスの形が正しくないようです",
  );
  await expect(page).toHaveURL(/\/signin$/);
});

test("the sign-in pages pass axe's WCAG A/AA checks at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const audit = async (label: string) => {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((violation) => `${label}: ${violation.id}`)).toEqual([]);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  };

  const email = newAddress("axe");
  await requestLinkFromPage(page, email, "/");
  await audit("check-email");
  await page.goto(linkIn(await waitForMail(email)));
  await audit("confirm");
  await page.goto(`/signin/error?error=Verification&reason=used&email=${encodeURIComponent(email)}`);
  await audit("error");
  await page.goto("/signin");
  // The field starts from the address this tab last used; empty it to see the message.
  await expect(page.getByLabel("メールアドレス", { exact: true })).toHaveValue(email);
  await page.getByLabel("メールアドレス", { exact: true }).fill("");
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("メールアドレスを入力してください。");
  await audit("signin with an error");
});
