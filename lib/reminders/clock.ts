import { settings } from "@/lib/env";

/**
 * The reminder sender's "now": the real time, moved by REMINDER_CLOCK_OFFSET_MINUTES in tests
 * (lib/env.ts refuses that setting on a production server without REMINDERS_TEST_CLOCK=1). Only
 * what is due reads this clock; the lease keeps to the real one, so instances with different
 * clocks still share it fairly.
 */
export function reminderNow(): Date {
  return new Date(Date.now() + settings().reminderClockOffsetMinutes * 60_000);
}
