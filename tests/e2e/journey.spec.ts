import { readFile } from "node:fs/promises";
import { type Page, expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { uniqueEmail } from "./support/journal";
import { linkIn, waitForMail } from "./support/mail";
import { openDatabase } from "./support/members";

// The whole reader-to-member journey on a phone, with a real SMTP exchange and the production
// server, and a second member who must never see any of it.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

function forgetClientLimits() {
  // Every test signs in from 127.0.0.1; the per-client limit has its own test.
  const database = openDatabase();
  try {
    database.prepare("DELETE FROM SignInAttempt WHERE key LIKE 'ip:%'").run();
  } finally {
    database.close();
  }
}

async function signInByEmail(page: Page, email: string) {
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(linkIn(await waitForMail(email)));
  await page.getByRole("button", { name: "ログインする" }).click();
}

test("a reader becomes a member, writes, downloads, exports and signs out; another member sees none of it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  forgetClientLimits();
  const email = uniqueEmail("journey");

  // Home page → the article.
  await page.goto("/");
  await page
    .getByRole("link", { name: /管理職を断ったワーママとして覚悟した/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/articles\/kanrishoku-wo-kotowatta$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/管理職を断ったワーママとして覚悟した/);
  await page.getByRole("heading", { level: 2, name: /まとめ/ }).scrollIntoViewIfNeeded();

  // A reflection prompt → sign in by email → back on that prompt.
  const prompt = page
    .getByRole("region", { name: /書いてみる/ })
    .getByRole("listitem")
    .first();
  const promptText = (await prompt.locator("p").first().innerText()).trim();
  await prompt.getByRole("link").click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signInByEmail(page, email);
  await expect(page).toHaveURL(/\/members\/journal\/new\?prompt=/);
  await expect(page.locator("blockquote")).toHaveText(promptText);

  // Write and save the entry.
  const secret = `ひみつの記録-${Date.now()}`;
  await page.getByLabel("タイトル").fill(secret);
  await page
    .getByLabel("本文", { exact: true })
    .fill("仕事と家庭の両立のなかで、わたしが大事にしたいのは家族との時間。");
  await page.getByRole("checkbox", { name: "家族との時間" }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  const entryUrl = new URL(page.url());
  entryUrl.search = "";

  // Download a PDF: stamped with her address.
  await page.goto("/members/downloads");
  const card = page.getByRole("article").first();
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: /ダウンロード/ }).click(),
  ]);
  const bytes = await readFile((await pdf.path()) ?? "");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
  await page.reload();
  await expect(card).toContainText("1回");

  // Export the journal: JSON and Markdown both hold the entry.
  await page.goto("/members/account");
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "JSON で書き出す" }).click(),
  ]);
  expect(await readFile((await json.path()) ?? "", "utf8")).toContain(secret);
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown で書き出す" }).click(),
  ]);
  expect(await readFile((await markdown.path()) ?? "", "utf8")).toContain(secret);

  // A second member, in her own browser, sees none of it.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const otherPage = await other.newPage();
    forgetClientLimits();
    await otherPage.goto("/signin?callbackUrl=%2Fmembers%2Fjournal");
    await signInByEmail(otherPage, uniqueEmail("neighbour"));
    await expect(otherPage).toHaveURL(/\/members\/journal/);
    await expect(otherPage.getByText(secret)).toHaveCount(0);
    expect((await otherPage.goto(entryUrl.toString()))?.status()).toBe(404);
    await expect(otherPage.getByText(secret)).toHaveCount(0);
    await otherPage.goto("/members/downloads");
    await expect(otherPage.getByRole("article").first()).toContainText("まだダウンロードしていません");
    const exported = await otherPage.request.get("/members/account/export?format=json");
    expect(await exported.text()).not.toContain(secret);
  } finally {
    await other.close();
  }

  // Sign out: the session ends on the server, and the members area is closed again.
  await page.goto("/members/account");
  await page.getByRole("button", { name: "この端末からログアウトする" }).click();
  await expect(page.getByRole("heading", { name: "ログアウトしました" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ログイン", exact: true })).toBeVisible();
  const database = openDatabase();
  try {
    const { n } = database
      .prepare("SELECT COUNT(*) AS n FROM Session JOIN User ON User.id = Session.userId WHERE User.email = ?")
      .get(email) as { n: number };
    expect(n).toBe(0);
  } finally {
    database.close();
  }
  await page.goto(entryUrl.toString());
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});
