import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mail";
import { openDatabase } from "./support/members";
import { uniqueEmail } from "./support/journal";

test.use({ viewport: { width: 360, height: 740 } });

test("from the article's prompt to a saved, found, edited, exported and deleted entry", async ({ page }) => {
  // Other tests sign in from this same client; the per-client limit has its own test.
  const database = openDatabase();
  try {
    database.prepare("DELETE FROM SignInAttempt WHERE key LIKE 'ip:%'").run();
  } finally {
    database.close();
  }
  const email = uniqueEmail("reader");

  // The article's closing prompts lead into the journal.
  await page.goto("/articles/kanrishoku-wo-kotowatta");
  const prompts = page.getByRole("region", { name: /書いてみる/ });
  const firstPrompt = prompts.getByRole("listitem").first();
  const promptText = (await firstPrompt.locator("p").first().innerText()).trim();
  await firstPrompt.getByRole("link").click();

  // Signed out: sign in by email, and come back to the prompt.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(email);
  await page.getByRole("button", { name: "ログイン用のリンクを送る" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(linkIn(await waitForMail(email)));
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page).toHaveURL(/\/members\/journal\/new\?prompt=/);
  await expect(page.locator("blockquote")).toHaveText(promptText);

  // Write and save an answer.
  await page.getByLabel("タイトル").fill("わたしの大事なもの");
  await page.getByLabel("本文", { exact: true }).fill("子どもが小さいうちは、仕事と家庭の両立を優先したい。");
  await page.getByRole("radio", { name: "よい", exact: true }).check();
  await page.getByRole("checkbox", { name: "家族との時間" }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  const entryUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByText(promptText)).toBeVisible();

  // Find it by a word from the middle of a sentence, then by its value.
  await page.getByRole("link", { name: "ジャーナル", exact: true }).click();
  const cards = page.getByRole("article");
  await page.getByLabel("キーワードで探す").fill("両立");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("わたしの大事なもの");
  await page.getByLabel("キーワードで探す").fill("転職");
  await expect(cards).toHaveCount(0);
  await page.getByLabel("キーワードで探す").fill("");
  await page.getByRole("combobox", { name: "価値観" }).selectOption({ label: "家族との時間" });
  await expect(cards).toHaveCount(1);
  await page.getByRole("combobox", { name: "価値観" }).selectOption({ label: "収入" });
  await expect(page.getByText("条件に合う記録はありません。")).toBeVisible();
  await page.getByRole("combobox", { name: "価値観" }).selectOption({ label: "家族との時間" });

  // Edit it.
  await cards.first().getByRole("link").click();
  await page.getByRole("link", { name: "編集する" }).click();
  await page
    .getByLabel("本文", { exact: true })
    .fill("子どもが小さいうちは、仕事と家庭の両立を優先したい。夫とも話した。");
  await page.getByRole("button", { name: "変更を保存する" }).click();
  await expect(page.getByText("夫とも話した。")).toBeVisible();

  // Export: the Markdown holds the entry and the prompt it answers.
  await page
    .getByRole("navigation", { name: "メンバーメニュー" })
    .getByRole("link", { name: "アカウント" })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown で書き出す" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sentaku-journal-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await download.path()) ?? "", "utf8");
  expect(markdown).toContain("## ");
  expect(markdown).toContain("わたしの大事なもの");
  expect(markdown).toContain("夫とも話した。");
  expect(markdown).toContain(`- 問い: ${promptText}`);

  // Delete it.
  await page.goto(entryUrl);
  await page.getByRole("button", { name: "削除する" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "削除する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "記録を削除しました。" })).toBeVisible();
  await page.getByLabel("キーワードで探す").fill("両立");
  await expect(page.getByText("条件に合う記録はありません。")).toBeVisible();
  expect((await page.goto(entryUrl))?.status()).toBe(404);
});
