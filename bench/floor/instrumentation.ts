// The floor has no start-up work; this file keeps Next from taking the repository root's
// instrumentation.ts (the reminder sender, the env checks) into the framework-floor app.
export function register() {}
