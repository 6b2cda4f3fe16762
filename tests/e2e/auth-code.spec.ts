// The six-digit code beside the link, end to end: real mail over SMTP, typed (or pasted) into the
// page that asked for it, in a real Chromium.
import { readFileSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { confirmLink, forgetClientLimits, requestLinkFromPage, runSql, sessionCount } from "./support/auth";
import type { CapturedMail } from "./support/mail-sink";
import { linkIn, waitForMail } from "./support/mail";

const LINE_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0";

let sequence = 0;
const newAddress = (label: string) => `${label}-${Date.now().toString(36)}-${++sequence}@sentaku.test`;

function codeIn(mail: CapturedMail): string {
  const code = /^ {4}(\d{6})$/m.exec(mail.text)?.[1];
  if (!code) throw new Error(`No code in the mail "${mail.subject}"`);
  // Large in the HTML part too.
  expect(mail.html).toMatch(new RegExp(`font-size:36px[^>]*>${code}<`));
  return code;
}

const codeField = (page: Page) => page.getByLabel("メールに書かれた6桁のコード");

test.beforeEach(() => forgetClientLimits());

test("1. the code typed on the page that asked signs in there and returns to the prompt; the mail's link is then dead", async ({
  page,
}) => {
  const prompts = JSON.parse(readFileSync("content/prompts.json", "utf8")) as { id: string; text: string }[];
  const prompt = prompts[0];
  if (!prompt) throw new Error("no prompts");
  const promptPath = `/members/journal/new?prompt=${encodeURIComponent(prompt.id)}`;

  await page.goto(promptPath);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(promptPath)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メンバー登録・ログイン");
  await expect(page.getByTestId("sign-in-purpose")).toHaveText(
    `『${prompt.text}』に答えるためにログインします`,
  );

  const email = newAddress("code");
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page.getByTestId("pending-email")).toHaveText(email);

  const mail = await waitForMail(email);
  const code = codeIn(mail);
  const field = codeField(page);
  await expect(field).toHaveAttribute("inputmode", "numeric");
  await expect(field).toHaveAttribute("autocomplete", "one-time-code");
  await field.pressSequentially(code);
  await page.getByRole("button", { name: "コードでログインする" }).click();

  await expect(page).toHaveURL(promptPath);
  expect(sessionCount(email)).toBe(1);

  // The link in the same mail was used up with the code.
  const other = await page.context().browser()?.newPage();
  if (!other) throw new Error("no browser");
  try {
    await other.goto(linkIn(mail));
    await expect(other).toHaveURL(/\/signin\/error\?/);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("このリンクはすでに使われています");
  } finally {
    await other.close();
  }
  expect(sessionCount(email)).toBe(1);
});

test("a pasted code submits itself; a wrong one says how many tries are left", async ({ page }) => {
  const email = newAddress("paste");
  await requestLinkFromPage(page, email, "/members");
  const code = codeIn(await waitForMail(email));
  const wrong = ((Number(code) + 1) % 1_000_000).toString().padStart(6, "0");

  await codeField(page).fill(wrong);
  await page.getByRole("button", { name: "コードでログインする" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "コードが違います" })).toContainText("残り4回");

  await codeField(page).fill("");
  await codeField(page).evaluate(
    (input, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    `${code.slice(0, 3)} ${code.slice(3)}`,
  );
  await expect(page).toHaveURL("/members");
  expect(sessionCount(email)).toBe(1);
});

test("2. an expired code says so in Japanese, with one button to a new one that works", async ({ page }) => {
  const email = newAddress("expired-code");
  await requestLinkFromPage(page, email, "/");
  const code = codeIn(await waitForMail(email));
  const past = new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00");
  runSql("UPDATE SignInCode SET expires = ? WHERE identifier = ?", past, email);

  // Half an hour passing, for the page too: its resend button waits a minute after a request.
  await page.evaluate(() => {
    const key = "sentaku:pending-sign-in";
    const pending = JSON.parse(window.sessionStorage.getItem(key) ?? "{}") as { sentAt?: number };
    window.sessionStorage.setItem(key, JSON.stringify({ ...pending, sentAt: Date.now() - 3_600_000 }));
  });
  await page.reload();

  await codeField(page).fill(code);
  await page.getByRole("button", { name: "コードでログインする" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "有効期限が切れています" })).toBeVisible();
  expect(sessionCount(email)).toBe(0);

  await page.getByRole("button", { name: "新しいコードを送る" }).click();
  const fresh = codeIn(await waitForMail(email, 2));
  await expect(
    page.getByRole("status").filter({ hasText: "新しいリンクとコードを送りました" }),
  ).toBeVisible();
  await codeField(page).fill(fresh);
  await page.getByRole("button", { name: "コードでログインする" }).click();
  await expect(page).toHaveURL("/");
  expect(sessionCount(email)).toBe(1);
});

test("a code typed in another browser does not sign in", async ({ page, browser }) => {
  const email = newAddress("elsewhere");
  await requestLinkFromPage(page, email, "/");
  const code = codeIn(await waitForMail(email));

  const context = await browser.newContext();
  const other = await context.newPage();
  try {
    await other.goto("/signin/check-email");
    // Another tab of another browser does not know the address, so it posts as the page would.
    const reply = await other.evaluate(
      async ({ address, typed }) =>
        (await fetch("/api/auth/code", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: address, code: typed }),
        }).then((response) => response.json())) as { ok: boolean; reason?: string },
      { address: email, typed: code },
    );
    expect(reply).toEqual({ ok: false, reason: "none" });
  } finally {
    await context.close();
  }
  expect(sessionCount(email)).toBe(0);
  await codeField(page).fill(code);
  await page.getByRole("button", { name: "コードでログインする" }).click();
  await expect(page).toHaveURL("/");
});

test("3. in LINE's in-app browser the page leads with the code, and says why", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: LINE_IPHONE });
  const page = await context.newPage();
  try {
    const email = newAddress("line");
    await requestLinkFromPage(page, email, "/");
    await expect(page.getByTestId("in-app-explanation")).toContainText("LINE");
    await expect(page.getByTestId("in-app-explanation")).toContainText("別のブラウザで開いてしまう");
    const codeBox = await page.getByTestId("sign-in-code").boundingBox();
    const linkBox = await page.getByTestId("sign-in-link-help").boundingBox();
    if (!codeBox || !linkBox) throw new Error("the code form or the link help is not shown");
    expect(codeBox.y).toBeLessThan(linkBox.y);

    await codeField(page).fill(codeIn(await waitForMail(email)));
    await page.getByRole("button", { name: "コードでログインする" }).click();
    await expect(page).toHaveURL("/");
  } finally {
    await context.close();
  }
});

test("in an ordinary browser the link comes first and the code second", async ({ page }) => {
  await requestLinkFromPage(page, newAddress("desktop"), "/");
  await expect(page.getByTestId("in-app-explanation")).toHaveCount(0);
  const codeBox = await page.getByTestId("sign-in-code").boundingBox();
  const linkBox = await page.getByTestId("sign-in-link-help").boundingBox();
  if (!codeBox || !linkBox) throw new Error("the code form or the link help is not shown");
  expect(linkBox.y).toBeLessThan(codeBox.y);
});

test("using the link first kills the code", async ({ page }) => {
  const email = newAddress("link-first");
  await requestLinkFromPage(page, email, "/");
  const mail = await waitForMail(email);
  const code = codeIn(mail);
  const checkEmail = page.url();
  await confirmLink(page, linkIn(mail));
  await expect(page).toHaveURL("/");
  await page.goto(checkEmail);
  await codeField(page).fill(code);
  await page.getByRole("button", { name: "コードでログインする" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "コード" })).toBeVisible();
  expect(sessionCount(email)).toBe(1);
});
