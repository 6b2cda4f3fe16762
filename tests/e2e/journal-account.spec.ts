import { expect, test } from "@playwright/test";
import { createRanking, createSignInAttempt, createVerificationToken } from "@/lib/db/seed";
import { signInAs, withE2eDatabase } from "./support/members";
import { countRows, seedEntries, uniqueEmail } from "./support/journal";

test.use({ viewport: { width: 360, height: 740 } });

function rowsOf(userId: string, email: string): Record<string, number> {
  return {
    user: countRows("SELECT COUNT(*) AS n FROM User WHERE id = ?", userId),
    entries: countRows("SELECT COUNT(*) AS n FROM JournalEntry WHERE userId = ?", userId),
    entryValues: countRows("SELECT COUNT(*) AS n FROM EntryValue WHERE userId = ?", userId),
    rankings: countRows("SELECT COUNT(*) AS n FROM ValueRanking WHERE userId = ?", userId),
    sessions: countRows("SELECT COUNT(*) AS n FROM Session WHERE userId = ?", userId),
    signInAttempts: countRows("SELECT COUNT(*) AS n FROM SignInAttempt WHERE key = ?", `email:${email}`),
    verificationTokens: countRows("SELECT COUNT(*) AS n FROM VerificationToken WHERE identifier = ?", email),
  };
}

test("deleting the account removes all of her rows and ends the session", async ({
  page,
  context,
  browser,
}) => {
  const email = uniqueEmail("leaving");
  const { userId } = await signInAs(context, email);
  await seedEntries(userId, [
    { body: "消える記録1", entryDate: "2026-11-01", values: ["family"] },
    { body: "消える記録2", entryDate: "2026-11-02", values: ["custom:副業"] },
  ]);
  await withE2eDatabase(async (db) => {
    await createRanking(db, userId, ["family"]);
    await createSignInAttempt(db, `email:${email}`);
    await createVerificationToken(db, email, `vt-${userId}`);
  });
  const otherContext = await browser.newContext();
  const other = await signInAs(otherContext, uniqueEmail("staying"));
  await otherContext.close();
  await seedEntries(other.userId, [{ body: "残る記録", entryDate: "2026-11-01" }]);
  const before = rowsOf(userId, email);
  for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);

  await page.goto("/members/account");
  await expect(page.getByText("ジャーナルの記録2件、価値観の順位1回分").first()).toBeVisible();
  await page.getByRole("button", { name: "アカウントを削除する" }).click();
  const dialog = page.getByRole("dialog", { name: "アカウントを削除しますか?" });
  await expect(dialog.getByRole("button", { name: "やめる" })).toBeFocused();

  // Without the tick nothing happens but a message.
  await dialog.getByRole("button", { name: "削除してログアウト" }).click();
  await expect(dialog.getByText("確認のチェックを入れてください。")).toBeVisible();
  expect(rowsOf(userId, email)).toEqual(before);

  await dialog.getByRole("checkbox", { name: /元に戻せないことを理解しました/ }).check();
  await dialog.getByRole("button", { name: "削除してログアウト" }).click();
  await expect(page).toHaveURL("/goodbye");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウントを削除しました");

  for (const [table, n] of Object.entries(rowsOf(userId, email))) expect(n, table).toBe(0);
  expect(countRows("SELECT COUNT(*) AS n FROM JournalEntry WHERE userId = ?", other.userId)).toBe(1);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name.endsWith("next-auth.session-token"))).toBeUndefined();

  await page.goto("/members/journal");
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/members/journal")}`);
});
