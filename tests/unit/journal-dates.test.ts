import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDateTimeJa,
  formatDayJa,
  isValidDay,
  monthRange,
  sameDayLastYear,
  streakFrom,
  tokyoDay,
} from "@/lib/journal/dates";

describe("journal dates in Asia/Tokyo", () => {
  it("takes today's date in Tokyo, not in the server's zone", () => {
    // 15:30 UTC on the 24th is already 00:30 on the 25th in Tokyo.
    expect(tokyoDay(new Date("2026-11-24T15:30:00Z"))).toBe("2026-11-25");
    expect(tokyoDay(new Date("2026-11-24T14:59:59Z"))).toBe("2026-11-24");
  });

  it("writes dates the Japanese way with the weekday", () => {
    expect(formatDayJa("2026-11-25")).toBe("2026年11月25日(水)");
    expect(formatDayJa("2027-01-03")).toBe("2027年1月3日(日)");
    expect(formatDateTimeJa(new Date("2026-11-25T00:05:00Z"))).toBe("2026年11月25日(水) 09:05");
  });

  it("refuses days that do not exist", () => {
    expect(isValidDay("2026-02-29")).toBe(false);
    expect(isValidDay("2028-02-29")).toBe(true);
    expect(isValidDay("2026-13-01")).toBe(false);
    expect(isValidDay("2026-1-01")).toBe(false);
  });

  it("does calendar arithmetic across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(daysInMonth("2028-02")).toBe(29);
  });

  it("finds the same day a year ago, with 29 February falling back to the 28th", () => {
    expect(sameDayLastYear("2026-11-25")).toBe("2025-11-25");
    expect(sameDayLastYear("2028-02-29")).toBe("2027-02-28");
  });

  it("counts a streak up to today, or up to yesterday while today is still open", () => {
    expect(streakFrom(["2026-11-25", "2026-11-24", "2026-11-23", "2026-11-20"], "2026-11-25")).toBe(3);
    expect(streakFrom(["2026-11-24", "2026-11-23"], "2026-11-25")).toBe(2);
    expect(streakFrom(["2026-11-23"], "2026-11-25")).toBe(0);
    expect(streakFrom([], "2026-11-25")).toBe(0);
    // An entry dated in the future does not count, nor break the streak.
    expect(streakFrom(["2026-11-30", "2026-11-25"], "2026-11-25")).toBe(1);
  });
});
