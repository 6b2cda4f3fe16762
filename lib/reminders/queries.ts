import "server-only";
import { db } from "@/lib/db/client";
import {
  DEFAULT_HOUR,
  type ReminderScheduleInput,
  type ReminderSettings,
  weekdaysFromDigits,
  weekdaysToDigits,
} from "./schema";

// Her reminder schedule: every read and write here is scoped by her id.

/** Her settings; off, with no weekdays and the default hour, until she saves any. */
export async function reminderSettings(userId: string): Promise<ReminderSettings> {
  const row = await db.reminderSchedule.findUnique({ where: { userId } });
  if (!row) return { enabled: false, weekdays: [], hour: DEFAULT_HOUR };
  return { enabled: row.enabled, weekdays: weekdaysFromDigits(row.weekdays), hour: row.hour };
}

export async function saveReminderSettings(
  userId: string,
  input: ReminderScheduleInput,
): Promise<ReminderSettings> {
  const data = { enabled: input.enabled, weekdays: weekdaysToDigits(input.weekdays), hour: input.hour };
  await db.reminderSchedule.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return { enabled: data.enabled, weekdays: weekdaysFromDigits(data.weekdays), hour: data.hour };
}

/**
 * Turns her reminders off (the unsubscribe link). "missing" when she has no schedule, which for a
 * valid token means her account is gone.
 */
export async function turnRemindersOff(userId: string): Promise<"off" | "missing"> {
  const { count } = await db.reminderSchedule.updateMany({ where: { userId }, data: { enabled: false } });
  return count === 1 ? "off" : "missing";
}

/** Whether her reminders are on, for the unsubscribe page (no session: the token named her). */
export async function reminderState(userId: string): Promise<"on" | "off" | "missing"> {
  const row = await db.reminderSchedule.findUnique({ where: { userId }, select: { enabled: true } });
  if (!row) return "missing";
  return row.enabled ? "on" : "off";
}
