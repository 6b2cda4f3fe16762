import { z } from "zod";

/** The order the chips are shown in, Monday first as calendars in Japan are; 0 = Sunday. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
export const WEEKDAY_LABELS = ["日", "月", "火", "水", "木", "金", "土"] as const;

export const DEFAULT_HOUR = 21;

export const NO_WEEKDAY = "お知らせする曜日を1つ以上選んでください。";

export const reminderScheduleSchema = z
  .object({
    enabled: z.boolean(),
    weekdays: z
      .array(z.string().regex(/^[0-6]$/, { error: "曜日の選び方が正しくないようです。" }))
      .max(7, { error: "曜日の選び方が正しくないようです。" })
      .transform((days) => [...new Set(days.map(Number))].sort((a, b) => a - b)),
    hour: z.coerce
      .number<string>({ error: "時間を選んでください。" })
      .int({ error: "時間を選んでください。" })
      .min(0, { error: "時間を選んでください。" })
      .max(23, { error: "時間を選んでください。" }),
  })
  .refine((schedule) => !schedule.enabled || schedule.weekdays.length > 0, {
    path: ["weekdays"],
    error: NO_WEEKDAY,
  });

export type ReminderScheduleInput = z.output<typeof reminderScheduleSchema>;

export interface ReminderSettings {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday, ascending. */
  weekdays: number[];
  hour: number;
}

/** "135" as stored, to [1, 3, 5]. */
export function weekdaysFromDigits(digits: string): number[] {
  return [...new Set([...digits].filter((c) => /[0-6]/.test(c)).map(Number))].sort((a, b) => a - b);
}

export function weekdaysToDigits(weekdays: readonly number[]): string {
  return [...new Set(weekdays)].sort((a, b) => a - b).join("");
}

/** 月・水・金, Monday first; 毎日 when all seven. */
export function describeWeekdaysJa(weekdays: readonly number[]): string {
  if (new Set(weekdays).size === 7) return "毎日";
  return WEEKDAY_ORDER.filter((day) => weekdays.includes(day))
    .map((day) => WEEKDAY_LABELS[day])
    .join("・");
}

/** The sentence she reads after saving, and on the account page. */
export function describeScheduleJa(settings: ReminderSettings): string {
  if (!settings.enabled) return "お知らせのメールは送っていません。";
  return `${describeWeekdaysJa(settings.weekdays)}の${settings.hour}時ごろ(日本時間)に、その日の問いをメールでお届けします。その日にもう書いていれば、お送りしません。`;
}
