import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { reminderMail } from "@/lib/mail/templates/reminder";
import { describeScheduleJa, weekdaysFromDigits, weekdaysToDigits } from "@/lib/reminders/schema";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/lib/reminders/token";

describe("reminder settings in the environment", () => {
  it("ticks every 60 seconds unless told, and 0 turns this instance's sender off", () => {
    expect(parseEnv({}).reminderTickSeconds).toBe(60);
    expect(parseEnv({ REMINDER_TICK_SECONDS: "0" }).reminderTickSeconds).toBe(0);
    expect(() => parseEnv({ REMINDER_TICK_SECONDS: "-1" })).toThrow(/^REMINDER_TICK_SECONDS:/);
    expect(() => parseEnv({ REMINDER_TICK_SECONDS: "soon" })).toThrow(/^REMINDER_TICK_SECONDS:/);
  });

  it("moves the reminder clock in development and tests, but not on a production server without the test switch", () => {
    expect(parseEnv({ REMINDER_CLOCK_OFFSET_MINUTES: "90" }).reminderClockOffsetMinutes).toBe(90);
    expect(() => parseEnv({ NODE_ENV: "production", REMINDER_CLOCK_OFFSET_MINUTES: "90" })).toThrow(
      /REMINDER_CLOCK_OFFSET_MINUTES moves the reminder clock and is for tests only/,
    );
    expect(
      parseEnv({ NODE_ENV: "production", REMINDER_CLOCK_OFFSET_MINUTES: "90", REMINDERS_TEST_CLOCK: "1" })
        .reminderClockOffsetMinutes,
    ).toBe(90);
    expect(parseEnv({ NODE_ENV: "production" }).reminderClockOffsetMinutes).toBe(0);
  });
});

describe("the unsubscribe token", () => {
  const secret = "s".repeat(40);
  it("names the member it was made for, under this secret only", () => {
    const token = unsubscribeToken("member1", secret);
    expect(verifyUnsubscribeToken(token, secret)).toBe("member1");
    expect(verifyUnsubscribeToken(token, "t".repeat(40))).toBeNull();
    expect(verifyUnsubscribeToken(token.replace("member1", "member2"), secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}x`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(undefined, secret)).toBeNull();
    expect(verifyUnsubscribeToken(["a"], secret)).toBeNull();
  });
});

describe("the schedule in words and in storage", () => {
  it("reads Monday first, says 毎日 for all seven, and stores digits", () => {
    expect(describeScheduleJa({ enabled: true, weekdays: [0, 1, 3], hour: 7 })).toBe(
      "月・水・日の7時ごろ(日本時間)に、その日の問いをメールでお届けします。その日にもう書いていれば、お送りしません。",
    );
    expect(describeScheduleJa({ enabled: true, weekdays: [0, 1, 2, 3, 4, 5, 6], hour: 21 })).toContain(
      "毎日の21時ごろ",
    );
    expect(describeScheduleJa({ enabled: false, weekdays: [1], hour: 21 })).toBe(
      "お知らせのメールは送っていません。",
    );
    expect(weekdaysToDigits([5, 1, 3, 1])).toBe("135");
    expect(weekdaysFromDigits("531x9")).toEqual([1, 3, 5]);
  });
});

describe("the reminder mail", () => {
  const mail = reminderMail({
    siteName: "Sentaku",
    siteNameReading: "センタク",
    siteUrl: "https://sentaku.example",
    promptText: "<今日>の「あなた」は?",
    entryUrl: "https://sentaku.example/members/journal/new?prompt=a&b",
    settingsUrl: "https://sentaku.example/members/account#reminders",
    unsubscribeUrl: "https://sentaku.example/reminders/unsubscribe?token=x",
  });
  it("escapes the prompt and links in HTML, and puts the entry link first in the text", () => {
    expect(mail.html).toContain("&lt;今日&gt;の「あなた」は?");
    expect(mail.html).not.toContain("<今日>");
    expect(mail.html).toContain('href="https://sentaku.example/members/journal/new?prompt=a&amp;b"');
    expect(mail.text.match(/https:\/\/\S+/)?.[0]).toBe(
      "https://sentaku.example/members/journal/new?prompt=a&b",
    );
    expect(mail.text).toContain("お知らせを止める: https://sentaku.example/reminders/unsubscribe?token=x");
  });
});
