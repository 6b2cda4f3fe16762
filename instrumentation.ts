// Runs once when a server starts, before it takes requests.

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/env-check");
    checkEnvironmentOrExit();
    const { settings } = await import("./lib/env");
    const { keySocketAddressWithoutProxy } = await import("./lib/security/socket-address");
    keySocketAddressWithoutProxy(settings().trustedProxies);
  }
}
