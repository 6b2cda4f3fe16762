import AxeBuilder from "@axe-core/playwright";
import { type Locator, type Page, expect, test } from "@playwright/test";
import { tokyoDay } from "@/lib/dates";
import { createRanking } from "@/lib/db/seed";
import { addDays } from "@/lib/journal/dates";
import { seedEntries, uniqueEmail } from "./support/journal";
import { linkIn, waitForMail } from "./support/mail";
import { openDatabase, signInAs, withE2eDatabase } from "./support/members";
import { memberWithReminders, unsubscribeTokenFor } from "./support/reminders";

// axe on every public, sign-in and members page, at phone width, and a keyboard-only run through
// signing in and writing an entry.
test.use({ viewport: { width: 390, height: 844 } });

/** axe on `path`, or on the page as it stands when `path` is null. */
async function expectNoSeriousViolations(page: Page, path: string | null) {
  if (path !== null) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
  }
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, path ?? page.url()).toEqual([]);
}

for (const width of [360, 1280]) {
  test(`public and sign-in pages have no serious or critical axe violations at ${width} px`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 844 });
    for (const path of [
      "/",
      "/articles/kanrishoku-wo-kotowatta",
      "/signin",
      "/signin?callbackUrl=%2Fmembers%2Fjournal",
      "/signin/check-email",
      "/signin/confirm?token=abc&email=reader%40example.jp",
      "/signin/error?error=Verification",
      "/signed-out",
      "/goodbye",
      "/no-such-page",
    ]) {
      if (path === "/no-such-page") {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
          [],
        );
        continue;
      }
      await expectNoSeriousViolations(page, path);
    }
  });

  test(`every members page has no serious or critical axe violations at ${width} px`, async ({
    context,
    page,
  }) => {
    // A dozen pages, each a full axe run: on the shared two-core machine that outgrows one minute.
    test.slow();
    await page.setViewportSize({ width, height: 844 });
    const { userId } = await signInAs(context, uniqueEmail("axe"));
    const [entryId] = await seedEntries(userId, [
      {
        title: "ふりかえり",
        body: "仕事と家庭の両立について考えた。",
        entryDate: tokyoDay(),
        values: ["family"],
      },
    ]);
    for (const path of [
      "/members",
      "/members/journal",
      "/members/journal/new",
      "/members/journal/new?prompt=nani-ga-daiji",
      `/members/journal/${entryId}`,
      `/members/journal/${entryId}/edit`,
      "/members/values",
      "/members/insights",
      "/members/account",
      "/members/downloads",
    ]) {
      await expectNoSeriousViolations(page, path);
    }
  });
}

test("the reminder unsubscribe pages have no serious or critical axe violations at 360 and 1280 px", async ({
  page,
}) => {
  // Six axe runs on a shared machine.
  test.setTimeout(180_000);
  const { userId } = await memberWithReminders(uniqueEmail("axe-unsubscribe"));
  const token = encodeURIComponent(unsubscribeTokenFor(userId));
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [`/reminders/unsubscribe?token=${token}`, "/reminders/unsubscribe?done=1"]) {
      await expectNoSeriousViolations(page, path);
    }
    // A forged link: its 404 page, in words.
    await page.goto("/reminders/unsubscribe?token=forged");
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  }
});

test("the insights page, charts drawn, passes axe at 360 and 1280 px", async ({ context, page }) => {
  test.slow();
  const { userId } = await signInAs(context, uniqueEmail("axe-insights"));
  const today = tokyoDay();
  await seedEntries(
    userId,
    [5, 4, 3, 2, 1, 4, 5, 3].map((mood, i) => ({
      body: `気分の記録 ${i}`,
      entryDate: addDays(today, -i),
      mood,
      values: ["family"],
    })),
  );
  await withE2eDatabase((db) => createRanking(db, userId, ["family", "growth"]));
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // With the table behind the year view opened, so axe sees it too.
    await page.goto("/members/insights");
    await page.getByText("数字で見る").click();
    await expectNoSeriousViolations(page, null);
  }
  // The year book form with a message to fix.
  await expectNoSeriousViolations(
    page,
    "/members/insights?book_error=order&kind=range&from=2026-11-20&to=2026-11-01",
  );
});

test("the phone chrome (header, members tabs, calls to action, leaving) at 360 and 1280 px", async ({
  context,
  page,
}) => {
  // Eighteen axe runs: several seconds each on a loaded two-core machine.
  test.setTimeout(300_000);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    for (const path of ["/", "/articles/kanrishoku-wo-kotowatta", "/signed-out", "/goodbye"]) {
      await expectNoSeriousViolations(page, path);
    }
  }
  await signInAs(context, uniqueEmail("axe-chrome"));
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    for (const path of [
      "/",
      "/articles/kanrishoku-wo-kotowatta",
      "/members",
      "/members/downloads",
      "/members/account",
    ]) {
      await expectNoSeriousViolations(page, path);
    }
  }
});

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("a keyboard alone signs in and writes an entry", async ({ page }) => {
  const database = openDatabase();
  database.prepare("DELETE FROM SignInAttempt WHERE key LIKE 'ip:%'").run();
  database.close();
  const email = uniqueEmail("keyboard");

  await page.goto("/signin?callbackUrl=%2Fmembers%2Fjournal%2Fnew");
  const address = page.getByRole("textbox", { name: "メールアドレス" });
  await tabTo(page, address);
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/signin\/check-email/);

  await page.goto(linkIn(await waitForMail(email)));
  await tabTo(page, page.getByRole("button", { name: "ログインする" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/members\/journal\/new/);

  await tabTo(page, page.getByLabel("タイトル"));
  await page.keyboard.type("キーボードで書いた記録");
  await tabTo(page, page.getByLabel("本文", { exact: true }));
  await page.keyboard.type("マウスを使わずに、ここまで来られた。");
  const family = page.getByRole("checkbox", { name: "家族との時間" });
  await tabTo(page, family);
  await page.keyboard.press("Space");
  await expect(family).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "保存する" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
  await expect(page.getByText("マウスを使わずに、ここまで来られた。")).toBeVisible();
});
