import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { createRanking } from "@/lib/db/seed";
import { formatAverage } from "@/lib/insights/mood-scale";
import { addDays, tokyoDay } from "@/lib/journal/dates";
import { seedEntries, uniqueEmail } from "./support/journal";
import { signInAs, withE2eDatabase } from "./support/members";

// The ふりかえり page as she reads it: the charts by their accessible names and descriptions,
// the tables behind them, the sentences about her values, and the year book form.

const today = tokyoDay();
const year = Number(today.slice(0, 4));
const MOODS = [5, 4, 4, 3, 2, 1, 5, 4];
// Eight days with a mood and one without, ending today.
const DAYS = MOODS.map((mood, i) => ({ day: addDays(today, -i), mood }));
const NO_MOOD_DAY = addDays(today, -8);

function countIn<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length;
}

async function seedHer(userId: string): Promise<void> {
  await seedEntries(userId, [
    ...DAYS.map(({ day, mood }, i) => ({
      entryDate: day,
      mood,
      body: `ふりかえりの記録-${i}`,
      values: i % 2 === 0 ? ["family"] : ["growth"],
    })),
    { entryDate: NO_MOOD_DAY, mood: null, body: "気分なしの記録", values: ["family"] },
  ]);
  await withE2eDatabase(async (db) => {
    await createRanking(db, userId, ["growth", "family"], new Date(Date.now() - 86_400_000));
    await createRanking(db, userId, ["family", "growth", "health"]);
  });
}

async function expectNoOverflow(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const width of [360, 1280]) {
  test(`her moods and values read as text at ${width} px`, async ({ page, context }) => {
    await page.setViewportSize({ width, height: 900 });
    const { userId } = await signInAs(context, uniqueEmail(`insights-${width}`));
    await seedHer(userId);
    await page.goto("/members/insights");
    await expect(page.getByRole("heading", { level: 1, name: "ふりかえり" })).toBeVisible();
    await expect(page.getByRole("link", { name: "ふりかえり" })).toHaveAttribute("aria-current", "page");

    const thisYear = DAYS.filter((d) => d.day.startsWith(String(year)));
    const written = thisYear.length + (NO_MOOD_DAY.startsWith(String(year)) ? 1 : 0);
    const yearChart = page.getByRole("img", { name: new RegExp(`^${year}年の気分 `) });
    await expect(yearChart).toBeVisible();
    await expect(yearChart).toHaveAccessibleName(
      new RegExp(`${year}年: 記録のある日 ${written}日、気分の記録 ${thisYear.length}日。`),
    );
    await expect(yearChart).toHaveAccessibleName(
      new RegExp(
        `とてもよい ${countIn(thisYear, (d) => d.mood === 5)}日、よい ${countIn(thisYear, (d) => d.mood === 4)}日`,
      ),
    );
    const box = await yearChart.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    expect(box?.width ?? 0).toBeGreaterThan(Math.min(width, 672) - 80);

    // The counts behind the squares, month by month.
    await page.getByText("数字で見る").click();
    const yearTable = page.getByRole("table", { name: `${year}年の月ごとの日数` });
    await expect(yearTable).toBeVisible();
    const month = Number(today.slice(5, 7));
    const inMonth = thisYear.filter((d) => d.day.slice(0, 7) === today.slice(0, 7));
    const monthRow = yearTable.getByRole("row", { name: new RegExp(`^${month}月 `) });
    await expect(monthRow.getByRole("cell").first()).toHaveText(
      String(countIn(inMonth, (d) => d.mood === 5)),
    );
    const writtenInMonth = inMonth.length + (NO_MOOD_DAY.slice(0, 7) === today.slice(0, 7) ? 1 : 0);
    await expect(monthRow.getByRole("cell").last()).toHaveText(String(writtenInMonth));

    const trend = page.getByRole("img", { name: /^月ごとの気分の平均（直近12か月）/ });
    await expect(trend).toBeVisible();
    const average = formatAverage(inMonth.reduce((n, d) => n + d.mood, 0) / inMonth.length);
    await expect(trend).toHaveAccessibleName(
      new RegExp(`${year}年${month}月 平均${average}（${inMonth.length}日）`),
    );
    const trendTable = page.getByRole("table", { name: "月ごとの気分の平均と、気分を記録した日数" });
    const trendRow = trendTable.getByRole("row", { name: new RegExp(`^${year}年${month}月 `) });
    await expect(trendRow.getByRole("cell")).toHaveText([average, `${inMonth.length}日`]);

    // family is on days 0, 2, 4, 6 and the mood-less day: five entries in 30 days.
    await expect(page.getByText("1位の『家族との時間』は、この30日で5件。")).toBeVisible();
    await expect(page.getByText("『家族との時間』が2位から1位へ")).toBeVisible();
    await expect(page.getByText("『健康』が新しく3位に")).toBeVisible();
    await expectNoOverflow(page, width);
  });
}

test("the year switch moves between the years she wrote in", async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { userId } = await signInAs(context, uniqueEmail("insights-years"));
  await seedHer(userId);
  await seedEntries(userId, [{ entryDate: `${year - 1}-06-15`, mood: 2, body: "去年の記録" }]);
  await page.goto("/members/insights");
  await expect(page.getByRole("link", { name: `${year + 1}年` })).toHaveCount(0);
  await page.getByRole("link", { name: `${year - 1}年` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?year=${year - 1}$`));
  await expect(page.getByRole("heading", { name: `${year - 1}年の気分` })).toBeVisible();
  const lastYear = DAYS.filter((d) => d.day.startsWith(String(year - 1)));
  await expect(page.getByRole("img", { name: new RegExp(`^${year - 1}年の気分 `) })).toHaveAccessibleName(
    new RegExp(`記録のある日 ${lastYear.length + 1 + (NO_MOOD_DAY.startsWith(String(year - 1)) ? 1 : 0)}日`),
  );
  // A year she cannot have written in shows this year.
  await page.goto("/members/insights?year=1800");
  await expect(page.getByRole("heading", { name: `${year}年の気分` })).toBeVisible();
});

test("a barely-started journal says how much is enough", async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { userId } = await signInAs(context, uniqueEmail("insights-new"));
  await seedEntries(userId, [
    { entryDate: today, mood: 4, body: "はじめて" },
    { entryDate: addDays(today, -1), mood: 3, body: "にかいめ" },
    { entryDate: addDays(today, -2), mood: 2, body: "さんかいめ" },
  ]);
  await page.goto("/members/insights");
  await expect(
    page.getByText("気分を記録した日が7日以上になると表示されます（いま3日）。").first(),
  ).toBeVisible();
  await expect(page.getByRole("img")).toHaveCount(0);
  await expect(page.getByText("大事にしたい価値観の順位を一度つけると、ここに表示されます。")).toBeVisible();
});

test("the year book form explains a wrong period and hands over her PDF", async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { userId } = await signInAs(context, uniqueEmail("insights-book"));
  await seedHer(userId);
  await page.goto("/members/insights");
  await page.getByRole("radio", { name: "期間を指定" }).check();
  await page.getByLabel("開始日").fill(today);
  await page.getByLabel("終了日").fill(addDays(today, -3));
  await page.getByRole("button", { name: "PDFを作る" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "開始日は終了日と同じか、それより前の日付にしてください。",
  );
  // Her choices are kept, so she fixes the one date.
  await expect(page.getByRole("radio", { name: "期間を指定" })).toBeChecked();
  await expect(page.getByLabel("開始日")).toHaveValue(today);

  await page.getByLabel("開始日").fill(addDays(today, -8));
  await page.getByLabel("終了日").fill(today);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "PDFを作る" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("the year book asks for a session", async ({ request }) => {
  const response = await request.get(`/members/insights/book?kind=year&year=${year}`, { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers().location).toContain("/signin?callbackUrl=%2Fmembers%2Finsights");
});
