import { Server } from "node:http";

/**
 * With no proxy in front (TRUST_PROXY=0), makes X-Forwarded-For the socket's own address on every
 * request, before Next.js sees it.
 *
 * Why here: `next start` fills X-Forwarded-For from the socket only when a request carries none,
 * and keeps whatever a client sends; route handlers are never given the socket. So without this a
 * client picks its own key for the per-client sign-in limit (lib/auth/client-ip.ts) by sending the
 * header. Behind proxies the header is theirs to write and is left alone.
 *
 * Installed once per process from instrumentation.ts, on the prototype, so it covers the server
 * Next.js has already created.
 */
export function keySocketAddressWithoutProxy(trustedProxies: number): void {
  if (trustedProxies > 0 || installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as { headers?: Record<string, unknown>; socket?: { remoteAddress?: string } };
      if (request.headers) request.headers["x-forwarded-for"] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

let installed = false;
