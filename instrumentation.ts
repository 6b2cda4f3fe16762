// Runs once when a server starts, before it takes requests.

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/env-check");
    checkEnvironmentOrExit();
    const { settings } = await import("./lib/env");
    const { keySocketAddressWithoutProxy } = await import("./lib/security/socket-address");
    keySocketAddressWithoutProxy(settings().trustedProxies);
    // The reminder sender runs inside the server, on an unref'd timer (lib/reminders/scheduler.ts);
    // the build loads this file too and must not start it.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startReminderScheduler } = await import("./lib/reminders/scheduler");
      startReminderScheduler();
    }
  }
}
