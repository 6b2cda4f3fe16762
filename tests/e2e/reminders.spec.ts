import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { dateInTokyo } from "@/lib/dates";
import { addDays, tokyoDay, weekdayOf } from "@/lib/journal/dates";
import { WEEKDAY_LABELS, WEEKDAY_ORDER } from "@/lib/reminders/schema";
import { type SpawnedServer, startServer, waitUntilServing } from "./support/auth";
import { e2eEnvironment, suiteServerEnv } from "./support/env";
import { uniqueEmail } from "./support/journal";
import { mailsTo } from "./support/mail";
import { signInAs } from "./support/members";
import { memberWithReminders, unsubscribeTokenFor } from "./support/reminders";

// Gentle reminders, end to end: she opts in on the account page; two more production servers on
// the same database, their reminder clocks moved to the morning of her chosen day, race to send;
// exactly one mail arrives over real SMTP; its link opens the day's prompt, and its one-click
// unsubscribe (RFC 8058, no cookies) switches reminders off.

const env = e2eEnvironment();
const REMINDER_SUBJECT = /^今日の問い:/;

test.use({ viewport: { width: 360, height: 800 } });

test("she opts in; two servers on one database send one reminder; its link opens the prompt; one click stops it", async ({
  context,
  page,
}) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("reminder");
  const { userId } = await signInAs(context, email);

  // Her day is the day after tomorrow (Japan time), so the suite's own server, on the real clock,
  // never finds her due; the two servers below live at 07:30 on that day, past her 7 o'clock.
  const target = addDays(tokyoDay(), 2);
  const offsetMinutes = Math.round((dateInTokyo(target).getTime() + 7.5 * 3_600_000 - Date.now()) / 60_000);
  const servers: SpawnedServer[] = [];
  const serverEnv = {
    // The suite's database and data folder: the same generated secret, so their links verify on
    // the suite's server.
    ...suiteServerEnv(env),
    REMINDER_TICK_SECONDS: "1",
    REMINDER_CLOCK_OFFSET_MINUTES: String(offsetMinutes),
    REMINDERS_TEST_CLOCK: "1",
  };
  try {
    // One after the other: each runs the migration check on start, and two schema engines on one
    // SQLite file at the same moment refuse each other.
    for (let i = 0; i < 2; i++) {
      const server = startServer(serverEnv);
      servers.push(server);
      await waitUntilServing(server);
    }
    for (const server of servers) {
      await server.waitForOutput(/\[reminders\] The reminder clock runs -?\d+ minutes off/);
    }

    // Off by default; she turns it on for that weekday at 7.
    await page.goto("/members/account");
    const section = page.locator("section#reminders");
    await expect(section.getByRole("heading", { name: "問いのお知らせメール" })).toBeVisible();
    await expect(section.getByTestId("reminder-status")).toContainText("いまの設定:オフ");
    const enabled = section.getByRole("checkbox", { name: "問いのお知らせメールを受け取る" });
    await expect(enabled).not.toBeChecked();

    const chips = section.getByTestId("weekday-chip");
    await expect(chips).toHaveText(
      WEEKDAY_ORDER.map((day) => `${WEEKDAY_LABELS[day]}${WEEKDAY_LABELS[day]}曜日`),
    );
    for (const chip of await chips.all()) {
      const box = await chip.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    const weekday = weekdayOf(target);
    const dayName = `${WEEKDAY_LABELS[weekday]}曜日`;
    await enabled.check();
    await chips.nth(WEEKDAY_ORDER.indexOf(weekday as (typeof WEEKDAY_ORDER)[number])).click();
    await expect(section.getByRole("checkbox", { name: dayName })).toBeChecked();
    await section.getByLabel("時間(日本時間)").selectOption("7");
    await section.getByRole("button", { name: "お知らせの設定を保存する" }).click();
    await expect(section.getByRole("status")).toHaveText(
      `保存しました。${WEEKDAY_LABELS[weekday]}の7時ごろ(日本時間)に、その日の問いをメールでお届けします。その日にもう書いていれば、お送りしません。`,
    );
    await expect(section.getByTestId("reminder-status")).toContainText("いまの設定:オン");

    // One of the two servers sends it; both keep ticking every second for a while longer.
    await Promise.any(
      servers.map((server) =>
        server.waitForOutput(
          new RegExp(`\\[reminders\\] Sent the reminder for ${target} to member ${userId}`),
          60_000,
        ),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const sendLines = servers
      .map((server) => server.output())
      .join("\n")
      .split("\n")
      .filter((line) => line.includes(`Sent the reminder for ${target} to member ${userId}`));
    expect(sendLines).toHaveLength(1);
    const reminders = (await mailsTo(email)).filter((mail) => REMINDER_SUBJECT.test(mail.subject));
    expect(reminders).toHaveLength(1);
    const [mail] = reminders;
    if (!mail) throw new Error("no reminder");

    // The mail names the prompt its link opens (the day's prompt itself is checked in
    // tests/integration/reminders.test.ts; the catalogue is read here as plain JSON).
    const entryLink = /https?:\/\/\S+\/members\/journal\/new\?prompt=(\S+)/.exec(mail.text);
    const catalogue = JSON.parse(readFileSync("content/prompts.json", "utf8")) as {
      id: string;
      text: string;
    }[];
    const prompt = catalogue.find((p) => p.id === decodeURIComponent(entryLink?.[1] ?? ""));
    if (!entryLink || !prompt) throw new Error(`No entry link on a known prompt in:\n${mail.text}`);
    expect(mail.subject).toBe(`今日の問い:${prompt.text}`);
    expect(mail.text).toContain(`${env.baseURL}/members/account#reminders`);
    expect(mail.text).not.toMatch(/連続|途切れ|書いていません/);

    // The entry link opens a new entry on that prompt.
    await page.goto(entryLink[0]);
    await expect(page.getByRole("heading", { level: 1, name: "新しい記録" })).toBeVisible();
    await expect(page.locator("blockquote")).toHaveText(prompt.text);

    // One-click unsubscribe, as a mail client does it: the header's URL, a POST, no cookies.
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    expect(oneClick).toMatch(new RegExp(`^${env.baseURL}/api/reminders/unsubscribe\\?token=`));

    // A link scanner's GET only reaches the confirmation page; nothing changes.
    const scanned = await fetch(oneClick, { redirect: "manual" });
    expect(scanned.status).toBe(303);
    await page.goto("/members/account");
    await expect(page.getByTestId("reminder-status")).toContainText("いまの設定:オン");

    const forged = await fetch(oneClick.replace(/token=[^&]+/, "token=forged"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("このリンクは使えません");

    const response = await fetch(oneClick, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("お知らせのメールを止めました");

    await page.goto("/members/account");
    await expect(page.getByTestId("reminder-status")).toContainText("いまの設定:オフ");
    await expect(page.getByRole("checkbox", { name: "問いのお知らせメールを受け取る" })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: dayName })).toBeChecked();
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  // Nothing more arrived while they wound down.
  expect((await mailsTo(email)).filter((mail) => REMINDER_SUBJECT.test(mail.subject))).toHaveLength(1);
});

test("the confirmation page asks before it stops, works without signing in, and refuses a forged link with 404", async ({
  browser,
}) => {
  const { userId } = await memberWithReminders(uniqueEmail("unsubscribe-page"));
  const token = unsubscribeTokenFor(userId);
  // A fresh context: no session cookie at all.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // The header's URL, opened as a link scanner or a person would: it only shows the question.
    await page.goto(`/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`);
    await expect(page).toHaveURL(/\/reminders\/unsubscribe\?token=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お知らせメールの停止");
    await page.reload();
    await page.getByRole("button", { name: "お知らせを止める" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お知らせを止めました");
    await page.goto(`/reminders/unsubscribe?token=${encodeURIComponent(token)}`);
    await expect(page.getByRole("status")).toContainText("すでに止まっています");

    for (const forged of ["forged.token", `${userId}.${"A".repeat(43)}`, "%E3%81%82", ""]) {
      const response = await page.goto(`/reminders/unsubscribe?token=${forged}`);
      expect(response?.status(), forged).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("このリンクは使えません");
    }
  } finally {
    await context.close();
  }
});
