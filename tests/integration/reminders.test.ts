// Gentle reminders: who is due at a given Japan time, one reminder per member and day however many
// ticks run at once, a failed send tried again later (and not forever), and the unsubscribe link
// that works without a session but not for a forged token.
import { session } from "@/tests/support/mock-session";
import { createServer } from "node:net";
import { beforeEach, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { serverAuthSecret } from "@/lib/auth/secret";
import { promptOfTheDay } from "@/lib/content/prompts";
import { db } from "@/lib/db/client";
import { createEntry } from "@/lib/journal/entries";
import { smtpTransport } from "@/lib/mail/smtp";
import { reminderSettings, saveReminderSettings } from "@/lib/reminders/queries";
import { reminderMessage } from "@/lib/reminders/message";
import { MAX_ATTEMPTS, runReminderTick, sendDueReminders } from "@/lib/reminders/tick";
import { unsubscribeToken } from "@/lib/reminders/token";
import { unsubscribeGet, unsubscribePost } from "@/lib/reminders/unsubscribe";
import { createMember, entryInput } from "./journal-support";

const { saveReminderSettingsAction } = await import("@/lib/reminders/actions");

// Monday 7 December 2026 in Japan. The instants are written in UTC: 21:30 in Tokyo is 12:30 UTC.
const MONDAY = "2026-12-07";
const at = (tokyoTime: string) => new Date(`${MONDAY}T${tokyoTime}:00+09:00`);
const MON = 1;
const TUE = 2;

let counter = 0;
/** A member with a schedule (on, Mondays from 21:00 unless told otherwise), or none for null. */
async function member(
  label: string,
  schedule: { enabled?: boolean; weekdays?: number[]; hour?: number } | null = {},
) {
  const created = await createMember(
    `${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.jp`,
  );
  if (schedule) {
    await saveReminderSettings(created.id, {
      enabled: schedule.enabled ?? true,
      weekdays: schedule.weekdays ?? [MON],
      hour: schedule.hour ?? 21,
    });
  }
  return created;
}

const remindersTo = (email: string) =>
  db.outboxMessage.findMany({ where: { to: email, subject: { startsWith: "今日の問い" } } });

async function sendOf(userId: string) {
  return db.reminderSend.findUniqueOrThrow({ where: { userId_slot: { userId, slot: MONDAY } } });
}

/** A port nothing listens on, so an SMTP send fails for real (connection refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

beforeEach(async () => {
  // Each test looks at the members it made; earlier members' schedules are switched off so that
  // a tick here sends only to this test's members.
  await db.reminderSchedule.updateMany({ data: { enabled: false } });
  await db.schedulerLease.deleteMany();
});

describe("who is due", () => {
  it("sends on her weekday from her hour on, not to the disabled, the early, the wrong day, the one who wrote today or the deleted", async () => {
    const due = await member("due", { weekdays: [MON, TUE], hour: 21 });
    const wroteYesterday = await member("yesterday", { hour: 7 });
    await createEntry(wroteYesterday.id, entryInput({ entryDate: "2026-12-06" }));
    const later = await member("later", { hour: 22 });
    const tuesday = await member("tuesday", { weekdays: [TUE], hour: 0 });
    const off = await member("off", { enabled: false, hour: 0 });
    const wroteToday = await member("wrote", { hour: 6 });
    await createEntry(wroteToday.id, entryInput({ entryDate: MONDAY }));
    const deleted = await member("deleted", { hour: 0 });
    const deletedEmail = deleted.email;
    await deleteAccount(deleted.id);
    const never = await member("never", null);

    expect(await sendDueReminders({ now: at("21:30") })).toEqual({ sent: 2, failed: 0 });
    expect(await remindersTo(due.email)).toHaveLength(1);
    expect(await remindersTo(wroteYesterday.email)).toHaveLength(1);
    for (const other of [later, tuesday, off, wroteToday, never]) {
      expect(await remindersTo(other.email), other.email).toHaveLength(0);
    }
    expect(await remindersTo(deletedEmail)).toHaveLength(0);
    expect(await sendOf(due.id)).toMatchObject({ status: "sent", attempts: 1, sentAt: at("21:30") });

    // Later the same evening: the 22:00 member now, and nobody a second time.
    expect(await sendDueReminders({ now: at("22:05") })).toEqual({ sent: 1, failed: 0 });
    expect(await remindersTo(later.email)).toHaveLength(1);
    expect(await remindersTo(due.email)).toHaveLength(1);

    // 20:59 is before her hour: the day's reminder waits.
    const early = await member("early", { hour: 21 });
    expect(await sendDueReminders({ now: at("20:59") })).toEqual({ sent: 0, failed: 0 });
    expect(await remindersTo(early.email)).toHaveLength(0);
  });

  it("carries the prompt of the day, one link to write on it, the settings and a one-click unsubscribe, without guilt", async () => {
    const hanako = await member("hanako");
    await sendDueReminders({ now: at("21:00") });
    const [mail] = await remindersTo(hanako.email);
    const prompt = promptOfTheDay(MONDAY);
    expect(mail?.subject).toBe(`今日の問い:${prompt.text}`);
    expect(mail?.text).toContain(`「${prompt.text}」`);
    const links = mail?.text.match(/https?:\/\/\S+/g) ?? [];
    expect(links[0]).toMatch(new RegExp(`/members/journal/new\\?prompt=${encodeURIComponent(prompt.id)}$`));
    expect(links).toContainEqual(expect.stringMatching(/\/members\/account#reminders$/));
    expect(links).toContainEqual(expect.stringMatching(/\/reminders\/unsubscribe\?token=/));
    for (const word of ["連続", "記録が途切", "書いていません", "streak", "サボ"]) {
      expect(mail?.text).not.toContain(word);
      expect(mail?.html).not.toContain(word);
    }

    const message = reminderMessage(hanako.email, hanako.id, MONDAY);
    expect(message.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(https?:\/\/[^>]+\/api\/reminders\/unsubscribe\?token=([^>]+))>$/.exec(
      message.headers?.["List-Unsubscribe"] ?? "",
    );
    expect(oneClick?.[2]).toBe(encodeURIComponent(unsubscribeToken(hanako.id, serverAuthSecret())));
  });
});

describe("one reminder per member and day", () => {
  it("two ticks at once, with or without the lease, send her one mail", async () => {
    const hanako = await member("concurrent");
    const results = await Promise.all([
      sendDueReminders({ now: at("21:00") }),
      sendDueReminders({ now: at("21:00") }),
      sendDueReminders({ now: at("21:01") }),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(await remindersTo(hanako.email)).toHaveLength(1);

    const yuki = await member("leased");
    const ticks = await Promise.all([
      runReminderTick({ now: at("21:10"), holder: "instance-a" }),
      runReminderTick({ now: at("21:10"), holder: "instance-b" }),
    ]);
    expect(ticks.filter(Boolean).reduce((sum, r) => sum + (r?.sent ?? 0), 0)).toBe(1);
    expect(await remindersTo(yuki.email)).toHaveLength(1);
    expect(await db.reminderSend.count({ where: { userId: yuki.id } })).toBe(1);
  });
});

describe("a failed send", () => {
  it("is tried again after a pause, and sends once when the mail server is back", async () => {
    const hanako = await member("retry");
    const down = smtpTransport(`smtp://127.0.0.1:${await closedPort()}`);
    expect(await sendDueReminders({ now: at("21:00"), transport: down })).toEqual({ sent: 0, failed: 1 });
    const failed = await sendOf(hanako.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNECTION|ECONNREFUSED|Error/);
    expect(failed.nextAttemptAt).toEqual(at("21:05"));

    // Too soon, nothing; after the pause, the same claim is sent, once.
    expect(await sendDueReminders({ now: at("21:02") })).toEqual({ sent: 0, failed: 0 });
    expect(await sendDueReminders({ now: at("21:06") })).toEqual({ sent: 1, failed: 0 });
    expect(await sendOf(hanako.id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(await remindersTo(hanako.email)).toHaveLength(1);
    expect(await sendDueReminders({ now: at("23:00") })).toEqual({ sent: 0, failed: 0 });
  });

  it(`stops after ${MAX_ATTEMPTS} attempts, and is not retried once she has written that day`, async () => {
    const down = smtpTransport(`smtp://127.0.0.1:${await closedPort()}`);
    const hanako = await member("gives-up");
    let now = at("21:00");
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sendDueReminders({ now, transport: down }), `attempt ${attempt}`).toEqual({
        sent: 0,
        failed: 1,
      });
      now = new Date(now.getTime() + 50 * 60_000);
    }
    expect(await sendOf(hanako.id)).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      nextAttemptAt: null,
    });
    expect(await sendDueReminders({ now: at("23:59") })).toEqual({ sent: 0, failed: 0 });

    const yuki = await member("wrote-meanwhile");
    await sendDueReminders({ now: at("21:00"), transport: down });
    await createEntry(yuki.id, entryInput({ entryDate: MONDAY }));
    expect(await sendDueReminders({ now: at("22:00") })).toEqual({ sent: 0, failed: 0 });
    expect(await remindersTo(yuki.email)).toHaveLength(0);
  });
});

describe("her settings", () => {
  it("are off until she saves them, and need a weekday to be on", async () => {
    const hanako = await member("settings", null);
    session.user = hanako;
    expect(await reminderSettings(hanako.id)).toEqual({ enabled: false, weekdays: [], hour: 21 });

    const none = new FormData();
    none.set("enabled", "on");
    none.set("hour", "7");
    expect(await saveReminderSettingsAction(none)).toMatchObject({
      ok: false,
      fieldErrors: { weekdays: "お知らせする曜日を1つ以上選んでください。" },
    });
    const bad = new FormData();
    bad.set("enabled", "on");
    bad.append("weekdays", "9");
    bad.set("hour", "24");
    expect(await saveReminderSettingsAction(bad)).toMatchObject({ ok: false });
    expect(await reminderSettings(hanako.id)).toEqual({ enabled: false, weekdays: [], hour: 21 });

    const form = new FormData();
    form.set("enabled", "on");
    for (const day of ["5", "1", "3", "1"]) form.append("weekdays", day);
    form.set("hour", "7");
    expect(await saveReminderSettingsAction(form)).toEqual({
      ok: true,
      data: { enabled: true, weekdays: [1, 3, 5], hour: 7 },
    });
    expect(await reminderSettings(hanako.id)).toEqual({ enabled: true, weekdays: [1, 3, 5], hour: 7 });
    session.user = null;
  });
});

describe("the unsubscribe link", () => {
  const url = (token: string) =>
    `http://localhost:3000/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`;
  const oneClick = (token: string, body = "List-Unsubscribe=One-Click") =>
    unsubscribePost(
      new Request(url(token), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body,
      }),
    );

  it("switches her reminders off without a session, and only with a POST", async () => {
    const hanako = await member("unsubscribe", { hour: 0 });
    const token = unsubscribeToken(hanako.id, serverAuthSecret());

    const get = unsubscribeGet(new Request(url(token)));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toContain(
      `/reminders/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    expect((await reminderSettings(hanako.id)).enabled).toBe(true);

    expect((await oneClick(token, "")).status).toBe(400);
    expect((await reminderSettings(hanako.id)).enabled).toBe(true);

    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("お知らせのメールを止めました");
    expect(await reminderSettings(hanako.id)).toMatchObject({ enabled: false, weekdays: [MON], hour: 0 });
    expect(await sendDueReminders({ now: at("21:00") })).toEqual({ sent: 0, failed: 0 });
  });

  it("refuses forged, altered and foreign tokens with a Japanese 400, and a deleted account with 404", async () => {
    const hanako = await member("target", { hour: 0 });
    const valid = unsubscribeToken(hanako.id, serverAuthSecret());
    const signature = valid.split(".")[1] ?? "";
    const forged = [
      "",
      "nonsense",
      `${hanako.id}.`,
      `${hanako.id}.${"A".repeat(43)}`,
      `${hanako.id}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
      unsubscribeToken(hanako.id, "another-secret-another-secret-another-secret"),
      `${(await member("other", null)).id}.${signature}`,
      `${hanako.id}.${signature}.extra`,
      "x".repeat(10_000),
      `../../${hanako.id}.${signature}`,
    ];
    for (const token of forged) {
      const response = await oneClick(token);
      expect(response.status, token.slice(0, 60)).toBe(400);
      expect(await response.text()).toContain("このリンクは使えません");
    }
    // Not a form at all.
    const json = await unsubscribePost(
      new Request(url(valid), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" }),
    );
    expect(json.status).toBe(400);
    expect((await reminderSettings(hanako.id)).enabled).toBe(true);

    await deleteAccount(hanako.id);
    const gone = await oneClick(valid);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("見つかりませんでした");
  });
});
