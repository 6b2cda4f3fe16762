// Changing one's address on the account page, over real SMTP: a link to the new address, a notice
// to the old one, and the same reply when the new address already belongs to a member.
import { type Page, expect, test } from "@playwright/test";
import { findOrCreateMember } from "@/lib/db/seed";
import { forgetClientLimits, sessionCount } from "./support/auth";
import { linkIn, mailsTo, waitForMail } from "./support/mail";
import { signInAs, withE2eDatabase } from "./support/members";

let sequence = 0;
const newAddress = (label: string) => `${label}-${Date.now().toString(36)}-${++sequence}@sentaku.test`;

test.beforeEach(() => forgetClientLimits());

async function askForChange(page: Page, to: string): Promise<string> {
  await page.goto("/members/account");
  await page.getByLabel("新しいメールアドレス").fill(to);
  await page.getByRole("button", { name: "確認のメールを送る" }).click();
  const status = page.getByRole("status").filter({ hasText: "確認のメールを送りました" });
  await expect(status).toBeVisible();
  return ((await status.textContent()) ?? "").replace(to, "<address>");
}

test("4. the new address confirms by link, the old one is told, and a taken address gets the same reply", async ({
  page,
  context,
}) => {
  const old = newAddress("before");
  const fresh = newAddress("after");
  const taken = newAddress("taken");
  await signInAs(context, old);
  await withE2eDatabase((db) => findOrCreateMember(db, taken));

  // A taken address: the same reply, a mail to it saying so, the notice to the old address.
  const refused = await askForChange(page, taken);
  const takenMail = await waitForMail(taken);
  expect(takenMail.subject).toContain("メールアドレス変更について");
  expect(takenMail.text).toContain("すでにアカウントがあるため、変更はできません");
  expect(takenMail.text).not.toMatch(/https?:\/\/\S+confirm/);
  const firstNotice = await waitForMail(old);
  expect(firstNotice.subject).toContain("メールアドレス変更のご依頼");
  expect(firstNotice.text).toContain(taken);

  // A free address: word for word the same reply.
  const accepted = await askForChange(page, fresh);
  expect(accepted).toBe(refused);
  const secondNotice = await waitForMail(old, 2);
  expect(secondNotice.subject).toBe(firstNotice.subject);
  expect(secondNotice.text).toContain(fresh);

  // Nothing has changed yet.
  await page.reload();
  await expect(page.getByTestId("account-email")).toHaveText(old);

  const confirmation = await waitForMail(fresh);
  expect(confirmation.subject).toContain("メールアドレス変更の確認");
  const link = linkIn(confirmation);
  expect(new URL(link).pathname).toBe("/members/account/email/confirm");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールアドレスを変更します");
  await page.getByRole("button", { name: "変更する" }).click();

  await expect(page).toHaveURL("/members/account?email=changed");
  await expect(page.getByTestId("account-email")).toHaveText(fresh);
  // The same session, now under the new address; the taken member is untouched.
  expect(sessionCount(fresh)).toBe(1);
  expect(sessionCount(old)).toBe(0);
  await withE2eDatabase(async (db) => {
    expect(await db.user.count({ where: { email: taken } })).toBe(1);
  });

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このリンクは使えません");
  expect((await mailsTo(taken)).length).toBe(1);
});
