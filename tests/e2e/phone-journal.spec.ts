import { type Locator, expect, test } from "@playwright/test";
import { tokyoDay } from "@/lib/dates";
import { MOODS } from "@/lib/journal/limits";
import { signInAs } from "./support/members";
import { seedEntries, uniqueEmail } from "./support/journal";

// Issue 15 on a 360 × 740 phone, as she sees it: where things are, what they say, how big they are.
test.use({ viewport: { width: 360, height: 740 } });

const SCREEN_HEIGHT = 740;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on screen");
  return found;
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

test("1. a search shows its results on the first screen, marked, and the calendar agrees", async ({
  page,
  context,
}) => {
  const { userId } = await signInAs(context, uniqueEmail("phone-search"));
  const today = tokyoDay();
  await seedEntries(userId, [
    ...Array.from({ length: 8 }, (_, i) => ({
      title: `いつもの記録 ${i}`,
      body: "今日も一日。",
      entryDate: today,
    })),
    { title: "話し合い", body: "夫と、仕事と家庭の両立について話し合った。両立は続く。", entryDate: today },
    { body: "両立のために朝型にした。", entryDate: today, values: ["health"] },
  ]);
  await page.goto("/members/journal");

  // One month control: no month field beside the calendar, and the calendar waits behind a toggle.
  await expect(page.locator('input[type="month"]')).toHaveCount(0);
  const toggle = page.getByRole("button", { name: "カレンダー" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const toggleBox = await box(toggle);
  expect(toggleBox.height).toBeGreaterThanOrEqual(44);
  // One line, level with the value filter beside it.
  expect(toggleBox.height).toBeLessThan(60);

  const search = page.getByLabel("キーワードで探す");
  await search.fill("両立");
  await expect(page.getByRole("status").filter({ hasText: "「両立」を含む記録: 2件" })).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(2);

  // The first result starts on the first screen, right under the search controls.
  const controls = await box(page.getByRole("region", { name: "記録を探す" }));
  const first = await box(cards.first());
  expect(first.y).toBeLessThan(SCREEN_HEIGHT);
  expect(first.y).toBeGreaterThan(controls.y + controls.height);
  expect(first.y - (controls.y + controls.height)).toBeLessThan(80);

  // Every occurrence is marked, in the title and in the preview.
  await expect(cards.filter({ hasText: "話し合い" }).locator("mark")).toHaveText(["両立", "両立"]);
  await expect(cards.filter({ hasText: "朝型" }).locator("mark")).toHaveText(["両立"]);

  // The calendar, opened, counts what the list shows.
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const calendar = page.getByRole("region", { name: /年\d+月/ });
  await expect(calendar.getByRole("heading")).toContainText("2件");
  await expect(calendar.getByRole("button", { name: /2件/ })).toHaveCount(1);
  // A day is a 44 × 44 px target even with seven across a 360 px screen.
  const dayBox = await calendar.getByRole("button", { name: /2件/ }).boundingBox();
  expect(dayBox?.width ?? 0).toBeGreaterThanOrEqual(44);
  expect(dayBox?.height ?? 0).toBeGreaterThanOrEqual(44);

  // A value filter narrows both alike.
  await page.getByRole("combobox", { name: "価値観" }).selectOption({ label: "健康" });
  await expect(cards).toHaveCount(1);
  await expect(calendar.getByRole("heading")).toContainText("1件");

  // With no match, the calendar marks no day rather than disagreeing with an empty list.
  await search.fill("見つからない言葉");
  await expect(page.getByText("条件に合う記録はありません。")).toBeVisible();
  await expect(calendar.getByRole("heading")).toContainText("0件");
  await expect(calendar.getByRole("button", { name: /件/ })).toHaveCount(0);
});

test("4. the mood picker shows five coloured, different faces with nothing chosen", async ({
  page,
  context,
}) => {
  await signInAs(context, uniqueEmail("phone-mood"));
  await page.goto("/members/journal/new");
  const group = page.getByRole("group", { name: /今日の気分/ });
  const radios = group.getByRole("radio");
  await expect(radios).toHaveCount(5);
  for (const radio of await radios.all()) await expect(radio).not.toBeChecked();
  await expect(group.getByText("記録しない")).toHaveCount(0);

  const tiles = group.locator("label");
  const looks = await tiles.evaluateAll((labels) =>
    labels.map((label) => ({
      background: getComputedStyle(label).backgroundColor,
      face: label.querySelector("svg")?.innerHTML ?? "",
    })),
  );
  expect(looks.map((l) => l.background)).toEqual(MOODS.map((m) => rgb(m.color)));
  expect(new Set(looks.map((l) => l.background)).size).toBe(5);
  expect(new Set(looks.map((l) => l.face)).size).toBe(5);
  const rows = new Set<number>();
  for (const tile of await tiles.all()) {
    const b = await box(tile);
    expect(b.width).toBeGreaterThanOrEqual(44);
    expect(b.height).toBeGreaterThanOrEqual(44);
    rows.add(Math.round(b.y));
  }
  // One row, coolest to warmest, on a 360 px screen.
  expect(rows.size).toBe(1);

  // Chosen by keyboard, and taken back quietly.
  await page.getByRole("radio", { name: "よい", exact: true }).check();
  await expect(page.getByRole("radio", { name: "よい", exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "とてもよい" })).toBeChecked();
  await page.getByRole("button", { name: "選択を外す" }).click();
  for (const radio of await radios.all()) await expect(radio).not.toBeChecked();

  // Saved with a mood, the entry wears that mood's colour, and so does its day in the calendar.
  await page.getByLabel("本文", { exact: true }).fill("今日はよく眠れた。");
  await page.getByRole("radio", { name: "よい", exact: true }).check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  const good = MOODS[3];
  const badge = page.getByText("気分: よい");
  await expect(badge.locator("..")).toHaveCSS("background-color", rgb(good.color));
  await page.goto("/members/journal");
  await expect(page.getByRole("article").getByText("気分: よい").locator("..")).toHaveCSS(
    "background-color",
    rgb(good.color),
  );
  await page.getByRole("button", { name: "カレンダー" }).click();
  await expect(page.getByRole("button", { name: /1件 気分: よい/ })).toHaveCSS(
    "background-color",
    rgb(good.color),
  );
});

test("5. values are ranked by tapping chips in order and saved exactly as shown", async ({
  page,
  context,
}) => {
  await signInAs(context, uniqueEmail("phone-values"));
  await page.goto("/members/values");
  await expect(page.getByText("1〜5個まで選べます。選んだ順が順位になります。")).toBeVisible();
  await expect(page.getByRole("combobox")).toHaveCount(0);

  const chip = (label: string) => page.getByRole("button", { name: new RegExp(`^(\\d位 ?)?${label}$`) });
  const order = page.getByRole("region", { name: "選んだ順位" }).getByRole("listitem");
  for (const label of ["家族との時間", "健康", "成長・学び"]) await chip(label).click();
  await expect(order).toHaveCount(3);
  await expect(order.nth(0)).toContainText("1位家族との時間");
  await expect(order.nth(1)).toContainText("2位健康");
  await expect(order.nth(2)).toContainText("3位成長・学び");
  await expect(chip("成長・学び")).toHaveAttribute("aria-pressed", "true");
  await expect(chip("成長・学び")).toContainText("3位");
  expect((await box(chip("健康"))).height).toBeGreaterThanOrEqual(44);

  // A second tap takes 健康 out, and 成長・学び moves up to its place before anything is saved.
  await chip("健康").click();
  await expect(order).toHaveCount(2);
  await expect(order.nth(1)).toContainText("2位成長・学び");
  await expect(chip("健康")).toHaveAttribute("aria-pressed", "false");

  // The order list's buttons move a value, at finger size.
  const up = page.getByRole("button", { name: "成長・学びを上へ" });
  const upBox = await box(up);
  expect(upBox.width).toBeGreaterThanOrEqual(44);
  expect(upBox.height).toBeGreaterThanOrEqual(44);
  await up.click();
  await expect(order.nth(0)).toContainText("1位成長・学び");
  await expect(order.nth(1)).toContainText("2位家族との時間");

  await page.getByRole("button", { name: "この順位を記録する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "いまの順位を記録しました" })).toBeVisible();
  const saved = page
    .getByRole("region", { name: "順位の履歴" })
    .getByRole("listitem")
    .filter({ has: page.locator("time") })
    .first()
    .getByRole("listitem");
  await expect(saved).toHaveCount(2);
  await expect(saved.nth(0)).toContainText("1位成長・学び");
  await expect(saved.nth(1)).toContainText("2位家族との時間");
});

test("6. an untitled entry is called by its first words, muted, wherever it appears", async ({
  page,
  context,
}) => {
  const { userId } = await signInAs(context, uniqueEmail("phone-untitled"));
  const today = tokyoDay();
  const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4).replace("-02-29", "-02-28")}`;
  const body = "保育園のお迎えに間に合わなかった。上司に頭を下げて、走って帰った。明日は早めに出よう。";
  const [id] = await seedEntries(userId, [
    { body, entryDate: today },
    { body: "一年前の朝。", entryDate: lastYear },
  ]);
  await page.goto("/members/journal");
  await expect(page.getByText("タイトルなし")).toHaveCount(0);

  const heading = page.getByRole("heading", { name: "保育園のお迎えに間に合わなかった。", exact: true });
  await expect(heading).toBeVisible();
  await expect(heading.locator("span")).toHaveCSS("color", "rgb(87, 80, 74)");
  await expect(
    page
      .getByRole("region", { name: /1年前の今日/ })
      .getByRole("heading", { name: "一年前の朝。", exact: true }),
  ).toBeVisible();

  await page.goto(`/members/journal/${id}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("保育園のお迎えに間に合わなかった。");
  await expect(title).not.toContainText("タイトルなし");
});
