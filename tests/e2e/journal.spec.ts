import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { tokyoDay } from "@/lib/dates";
import { signInAs } from "./support/members";
import { countRows, forgeInput, seedEntries, uniqueEmail } from "./support/journal";

// A phone: the journal is written on one.
test.use({ viewport: { width: 360, height: 740 } });

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sentaku:journal-draft:")));

test.describe("signed out", () => {
  const paths = [
    "/members",
    "/members/journal",
    "/members/journal/new",
    "/members/journal/new?prompt=nani-ga-daiji",
    "/members/journal/some-entry-id",
    "/members/journal/some-entry-id/edit",
    "/members/journal/some-entry-id/export?format=markdown",
    "/members/journal/entries",
    "/members/journal/entries?q=%E4%B8%A1%E7%AB%8B",
    "/members/values",
    "/members/account",
    "/members/account/export?format=json",
  ];

  test("every members page and download redirects to sign-in with a way back", async ({ request }) => {
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      const location = new URL(response.headers().location ?? "", "http://x");
      expect(location.pathname, path).toBe("/signin");
      const back = location.searchParams.get("callbackUrl");
      // The way back is the page itself (the export and list data go back to their page).
      const expected = path.includes("/export?format=markdown")
        ? "/members/journal/some-entry-id"
        : path.startsWith("/members/account/export")
          ? "/members/account"
          : path.startsWith("/members/journal/entries")
            ? path.replace("/entries", "")
            : path;
      expect(back, path).toBe(expected);
    }
  });

  test("a person following a members link lands on the sign-in page", async ({ page }) => {
    await page.goto("/members/journal/new?prompt=nani-ga-daiji");
    await expect(page).toHaveURL(
      `/signin?callbackUrl=${encodeURIComponent("/members/journal/new?prompt=nani-ga-daiji")}`,
    );
  });
});

test.describe("writing an entry", () => {
  test("each refused field says what to change and nothing typed is lost", async ({ page, context }) => {
    await signInAs(context, uniqueEmail("validation"));
    await page.goto("/members/journal/new");
    const title = page.getByLabel("タイトル");
    const body = page.getByLabel("本文", { exact: true });
    const tag = page.getByLabel("自分のタグを追加");
    const save = page.getByRole("button", { name: "保存する" });
    const status = page.getByRole("status").filter({ hasText: "保存できませんでした" });

    // An over-long body.
    const tooLong = `仕事と家庭の両立。${"あ".repeat(20_000)}`;
    await title.fill("管理職の打診について");
    await body.fill(tooLong);
    await save.click();
    await expect(page.getByText("本文は20,000文字以内にしてください。")).toBeVisible();
    await expect(status).toBeVisible();
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveValue(tooLong);
    await expect(title).toHaveValue("管理職の打診について");
    await expect(page).toHaveURL("/members/journal/new");

    // A mood of 7, as a forged request would send it.
    await body.fill("仕事と家庭の両立について考えた。");
    await forgeInput(page, 'input[name="mood"][value="5"]', "7", true);
    await save.click();
    await expect(page.getByText("気分は1〜5の中から選んでください。")).toBeVisible();
    await expect(body).toHaveValue("仕事と家庭の両立について考えた。");

    // A 21-character tag of her own, typed and saved without pressing 追加.
    const longTag = "あいうえおかきくけこさしすせそたちつてとな";
    expect(longTag).toHaveLength(21);
    await page.getByRole("radio", { name: "ふつう", exact: true }).check();
    await tag.fill(longTag);
    await save.click();
    await expect(page.getByText("自分のタグは20文字以内にしてください。")).toBeVisible();
    await expect(tag).toHaveValue(longTag);
    await expect(body).toHaveValue("仕事と家庭の両立について考えた。");

    // The 追加 button applies the same rule before anything is sent.
    await page.getByRole("button", { name: "追加" }).click();
    await expect(page.getByText("自分のタグは20文字以内にしてください。")).toBeVisible();
    await expect(tag).toHaveValue(longTag);

    // An unknown value id, as a forged request would send it.
    await tag.fill("副業");
    await page.getByRole("button", { name: "追加" }).click();
    await expect(page.getByRole("checkbox", { name: "副業" })).toBeChecked();
    await forgeInput(page, 'input[name="values"][value="family"]', "fame", true);
    await save.click();
    await expect(
      page.getByText("選べない価値観が含まれています。一覧から選び直してください。"),
    ).toBeVisible();
    await expect(body).toHaveValue("仕事と家庭の両立について考えた。");
    await expect(title).toHaveValue("管理職の打診について");

    // Put right, it saves, and the draft goes.
    await page.reload();
    await expect(body).toHaveValue("仕事と家庭の両立について考えた。");
    await page.getByRole("checkbox", { name: "家族との時間" }).check();
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "保存しました。" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("管理職の打診について");
    await expect(page.getByText("仕事と家庭の両立について考えた。")).toBeVisible();
    await expect(page.getByRole("list", { name: "価値観" })).toContainText("家族との時間");
    await expect(page.getByRole("list", { name: "価値観" })).toContainText("副業");
    expect(await draftKeys(page)).toEqual([]);
  });

  test("a draft survives a closed tab and a failed save", async ({ context }) => {
    await signInAs(context, uniqueEmail("draft"));
    const first = await context.newPage();
    await first.goto("/members/journal/new?prompt=enerugi");
    await first.getByLabel("本文", { exact: true }).fill("エネルギーが湧いたのは、子どもと公園にいた時間。");
    await first.getByRole("radio", { name: "よい", exact: true }).check();
    await first.close({ runBeforeUnload: true });

    const second = await context.newPage();
    await second.goto("/members/journal/new?prompt=enerugi");
    await expect(second.getByText("書きかけの内容を復元しました")).toBeVisible();
    await expect(second.getByLabel("本文", { exact: true })).toHaveValue(
      "エネルギーが湧いたのは、子どもと公園にいた時間。",
    );
    await expect(second.getByRole("radio", { name: "よい", exact: true })).toBeChecked();

    // The network fails on save: the words stay on the page and in the browser.
    await second.route("**/members/journal/new**", (route) =>
      route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
    );
    await second.getByRole("button", { name: "保存する" }).click();
    await expect(second.getByRole("status").filter({ hasText: "通信状況を確かめて" })).toBeVisible();
    await second.unroute("**/members/journal/new**");
    await second.reload();
    await expect(second.getByLabel("本文", { exact: true })).toHaveValue(
      "エネルギーが湧いたのは、子どもと公園にいた時間。",
    );

    // A new entry without the prompt starts clean; discarding clears the kept draft.
    await second.goto("/members/journal/new");
    await expect(second.getByLabel("本文", { exact: true })).toHaveValue("");
    await second.goto("/members/journal/new?prompt=enerugi");
    await second.getByRole("button", { name: "書きかけを破棄する" }).click();
    await expect(second.getByLabel("本文", { exact: true })).toHaveValue("");
    await second.reload();
    await expect(second.getByLabel("本文", { exact: true })).toHaveValue("");
  });

  test("editing and deleting, with a keyboard-operable confirmation", async ({ page, context }) => {
    const { userId } = await signInAs(context, uniqueEmail("edit"));
    const [id] = await seedEntries(userId, [
      { title: "下書きの題", body: "最初の本文。", entryDate: "2026-11-02", values: ["growth"] },
    ]);
    await page.goto(`/members/journal/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2026年11月2日(月)");
    await page.getByRole("link", { name: "編集する" }).click();
    await expect(page.getByRole("checkbox", { name: "成長・学び" })).toBeChecked();
    await page.getByLabel("本文", { exact: true }).fill("書き直した本文。");
    await page.getByRole("checkbox", { name: "挑戦" }).check();
    await page.getByRole("button", { name: "変更を保存する" }).click();
    await expect(page).toHaveURL(new RegExp(`/members/journal/${id}$`));
    await expect(page.getByText("書き直した本文。")).toBeVisible();
    await expect(page.getByRole("list", { name: "価値観" })).toContainText("挑戦");

    // Escape closes the dialog and deletes nothing.
    await page.getByRole("button", { name: "削除する" }).click();
    const dialog = page.getByRole("dialog", { name: "この記録を削除しますか?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "やめる" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect(countRows("SELECT COUNT(*) AS n FROM JournalEntry WHERE id = ?", id)).toBe(1);

    // Tab to the delete button and press Enter.
    await page.getByRole("button", { name: "削除する" }).click();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "削除する" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/members/journal");
    await expect(page.getByRole("status").filter({ hasText: "記録を削除しました。" })).toBeVisible();
    expect(countRows("SELECT COUNT(*) AS n FROM JournalEntry WHERE id = ?", id)).toBe(0);
    expect(countRows("SELECT COUNT(*) AS n FROM EntryValue WHERE entryId = ?", id)).toBe(0);
  });
});

test.describe("finding entries", () => {
  test("pages, searches a Japanese substring, filters by value and by day", async ({ page, context }) => {
    const { userId } = await signInAs(context, uniqueEmail("browse"));
    const sameMoment = new Date("2026-11-10T03:00:00Z");
    const seeded = await seedEntries(userId, [
      ...Array.from({ length: 44 }, (_, i) => ({
        body: `いつもの記録 ${i}`,
        entryDate: "2026-11-10",
        createdAt: sameMoment,
        values: i % 4 === 0 ? ["health"] : [],
      })),
      {
        title: "話し合い",
        body: "夫と、仕事と家庭の両立について話し合った。",
        entryDate: "2026-11-03",
        values: ["family"],
      },
    ]);

    await page.goto("/members/journal");
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(20);
    await page.getByRole("button", { name: "もっと見る" }).click();
    await expect(cards).toHaveCount(40);
    await page.getByRole("button", { name: "もっと見る" }).click();
    await expect(cards).toHaveCount(45);
    await expect(page.getByRole("button", { name: "もっと見る" })).toHaveCount(0);
    const hrefs = await cards
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(new Set(hrefs).size).toBe(45);
    expect(hrefs.map((h) => h?.split("/").pop()).sort()).toEqual([...seeded].sort());

    await page.getByLabel("キーワードで探す").fill("両立");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("話し合い");
    await expect(page).toHaveURL(`/members/journal?q=${encodeURIComponent("両立")}`);
    await expect(page.getByRole("status").filter({ hasText: "「両立」を含む記録: 1件" })).toBeVisible();

    await page.getByLabel("キーワードで探す").fill("");
    await page.getByRole("combobox", { name: "価値観" }).selectOption({ label: "健康" });
    await expect(cards).toHaveCount(11);

    await page.getByRole("button", { name: "条件をすべて解除" }).click();
    // The calendar is the one month control; an address with a month opens it on that month.
    await page.goto("/members/journal?month=2026-11");
    await expect(page.getByRole("button", { name: "カレンダー" })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("heading", { name: /2026年11月/ })).toBeVisible();
    await expect(cards).toHaveCount(20);
    await expect(page.getByRole("button", { name: "2026年11月の記録だけ表示" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.getByRole("button", { name: "11月3日(火) 1件" }).click();
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("話し合い");
    await expect(page).toHaveURL("/members/journal?day=2026-11-03");

    // The address keeps the filter across a reload.
    await page.reload();
    await expect(cards).toHaveCount(1);
  });

  test("「1年前の今日」 appears when she wrote on that day a year ago", async ({ page, context }) => {
    const { userId } = await signInAs(context, uniqueEmail("year-ago"));
    await page.goto("/members/journal");
    await expect(page.getByRole("heading", { name: /1年前の今日/ })).toHaveCount(0);
    const today = tokyoDay();
    const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4).replace("-02-29", "-02-28")}`;
    await seedEntries(userId, [{ body: "1年前に考えていたこと。", entryDate: lastYear }]);
    await page.reload();
    const section = page.getByRole("region", { name: /1年前の今日/ });
    await expect(section).toContainText("1年前に考えていたこと。");
  });
});

test.describe("privacy", () => {
  test("another member's entry is not found by address, by edit page or by export", async ({ browser }) => {
    const a = await browser.newContext();
    const { userId: aId } = await signInAs(a, uniqueEmail("owner"));
    const [entryId] = await seedEntries(aId, [{ body: "Aだけの秘密の記録。", entryDate: "2026-11-01" }]);
    await a.close();

    const b = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await signInAs(b, uniqueEmail("intruder"));
    const page = await b.newPage();
    for (const path of [`/members/journal/${entryId}`, `/members/journal/${entryId}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
      await expect(page.getByText("Aだけの秘密の記録。")).toHaveCount(0);
    }
    const exported = await b.request.get(`/members/journal/${entryId}/export?format=json`);
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("秘密");
    const all = await b.request.get("/members/account/export?format=json");
    expect(all.status()).toBe(200);
    expect(JSON.parse(await all.text()).entries).toEqual([]);
    const list = await b.request.get(`/members/journal/entries?q=${encodeURIComponent("秘密")}`);
    expect((await list.json()).items).toEqual([]);
    await b.close();
  });
});

test.describe("values", () => {
  test("ranks five values and keeps each ranking in the history", async ({ page, context }) => {
    await signInAs(context, uniqueEmail("values"));
    await page.goto("/members/values");
    const order = ["家族との時間", "健康", "成長・学び", "自由・裁量", "収入"];
    for (const label of order) await page.getByRole("button", { name: label, exact: true }).click();
    // Five chosen: the other chips wait until one is taken out.
    await expect(page.getByRole("button", { name: "安定", exact: true })).toBeDisabled();
    await page.getByRole("button", { name: "この順位を記録する" }).click();
    await expect(page.getByRole("status").filter({ hasText: "いまの順位を記録しました" })).toBeVisible();
    const history = page
      .getByRole("region", { name: "順位の履歴" })
      .getByRole("listitem")
      .filter({ has: page.locator("time") });
    await expect(history).toHaveCount(1);

    // Growth moves up to first; the history shows the move.
    await page.getByRole("button", { name: "成長・学びを上へ" }).click();
    await page.getByRole("button", { name: "成長・学びを上へ" }).click();
    await expect(page.getByRole("region", { name: "選んだ順位" }).getByRole("listitem").nth(1)).toContainText(
      "2位家族との時間",
    );
    await page.getByRole("button", { name: "この順位を記録する" }).click();
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText("1位成長・学び");
    await expect(history.first().getByText("前回より2つ上")).toHaveCount(1);

    await page.goto("/members");
    await expect(page.getByRole("region", { name: "大事にしている価値観" })).toContainText("成長・学び");
  });
});

test.describe("members home", () => {
  test("welcomes a first-time member towards the downloads and offers the prompt of the day", async ({
    page,
    context,
  }) => {
    await signInAs(context, uniqueEmail("welcome"));
    await page.goto("/members");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ようこそ、Sentaku へ");
    await expect(page.getByRole("link", { name: "ワークシートをダウンロード" })).toHaveAttribute(
      "href",
      "/members/downloads",
    );
    const prompt = page.getByRole("region", { name: "今日の問い" });
    await prompt.getByRole("link", { name: "この問いに答える" }).click();
    await expect(page).toHaveURL(/\/members\/journal\/new\?prompt=/);
    await expect(page.getByText("答える問い")).toBeVisible();
  });

  test("shows this month's count, the streak and the latest entries", async ({ page, context }) => {
    const { userId } = await signInAs(context, uniqueEmail("streak"));
    const today = tokyoDay();
    const day = (offset: number) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - offset);
      return d.toISOString().slice(0, 10);
    };
    await seedEntries(
      userId,
      [0, 1, 2, 4].map((offset) => ({ body: `記録 ${offset}`, entryDate: day(offset) })),
    );
    await page.goto("/members");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("おかえりなさい");
    await expect(page.getByRole("definition").filter({ hasText: "日" })).toHaveText("3日");
    await expect(page.getByRole("region", { name: "最近の記録" }).getByRole("article")).toHaveCount(3);
  });
});

test.describe("accessibility", () => {
  test("the members pages have no axe violations at 360 px", async ({ page, context }) => {
    const { userId } = await signInAs(context, uniqueEmail("axe"));
    const [id] = await seedEntries(userId, [
      { title: "題", body: "本文", entryDate: "2026-11-01", values: ["family", "custom:副業"] },
    ]);
    for (const path of [
      "/members",
      "/members/journal",
      "/members/journal/new?prompt=nani-ga-daiji",
      `/members/journal/${id}`,
      `/members/journal/${id}/edit`,
      "/members/values",
      "/members/account",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).include("#main").analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        path,
      ).toEqual([]);
      // Nothing is wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
  });
});
