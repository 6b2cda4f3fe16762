import "server-only";
import { settings } from "@/lib/env";
import { log } from "@/lib/log";
import { reminderNow } from "./clock";
import { runReminderTick } from "./tick";

const globalForScheduler = globalThis as unknown as { sentakuReminderTimer?: NodeJS.Timeout };

/**
 * Starts the reminder sender inside this server (instrumentation.ts): a tick every
 * REMINDER_TICK_SECONDS, on a timer that never keeps the process alive and never runs two ticks
 * of this process at once. A failing tick is logged and the next one tries again; nothing here
 * throws into a request.
 */
export function startReminderScheduler(): void {
  if (globalForScheduler.sentakuReminderTimer) return;
  const { reminderTickSeconds, reminderClockOffsetMinutes } = settings();
  if (reminderTickSeconds === 0) {
    log.info("[reminders] REMINDER_TICK_SECONDS=0: this instance sends no reminders.");
    return;
  }
  if (reminderClockOffsetMinutes !== 0) {
    log.warn(
      `[reminders] The reminder clock runs ${reminderClockOffsetMinutes} minutes off the real one (REMINDER_CLOCK_OFFSET_MINUTES, for tests only).`,
    );
  }
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminderTick({ now: reminderNow() });
    } catch (error) {
      log.error("[reminders] A tick failed; the next one tries again.", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), reminderTickSeconds * 1000);
  timer.unref();
  globalForScheduler.sentakuReminderTimer = timer;
}
