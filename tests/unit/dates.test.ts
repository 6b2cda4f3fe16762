import { describe, expect, it } from "vitest";
import {
  dateInTokyo,
  formatJapaneseDate,
  formatJapaneseDateTime,
  formatTokyoTime,
  parseDay,
  parseMonth,
  tokyoDayStartIso,
} from "@/lib/dates";

describe("Tokyo dates", () => {
  it("writes an instant's Tokyo day and a calendar day the same way", () => {
    // 15:30 UTC on the 24th is already the 25th in Tokyo.
    expect(formatJapaneseDate(new Date("2026-11-24T15:30:00Z"))).toBe("2026年11月25日");
    expect(formatJapaneseDate("2027-01-01")).toBe("2027年1月1日");
    expect(formatJapaneseDate(dateInTokyo("2026-11-25"))).toBe("2026年11月25日");
  });

  it("writes Tokyo clock time with two-digit hours, midnight as 00", () => {
    expect(formatTokyoTime(new Date("2026-11-24T15:00:00Z"))).toBe("00:00");
    expect(formatJapaneseDateTime(new Date("2026-11-25T00:05:00Z"))).toBe("2026年11月25日 09:05");
  });

  it("parses YYYY-MM-DD and YYYY-MM once, and refuses anything else", () => {
    expect(parseDay("2026-02-09")).toEqual({ year: 2026, month: 2, date: 9 });
    expect(parseMonth("2026-12")).toEqual({ year: 2026, month: 12 });
    expect(() => parseDay("2026-2-9")).toThrow(RangeError);
    expect(() => parseMonth("2026-12-01")).toThrow(RangeError);
    expect(tokyoDayStartIso("2026-11-25")).toBe("2026-11-25T00:00:00+09:00");
  });
});
