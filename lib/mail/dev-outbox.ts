import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { isLoopbackRequest } from "@/lib/auth/client-ip";
import type { ServerEnv } from "@/lib/env";

/**
 * The key in /dev/outbox's address. The page shows sign-in links, so "from this machine" must not
 * rest on headers alone: X-Forwarded-For and Host are the client's word when `npm start` listens
 * on every interface. The key is printed on the server log next to the links themselves, so it
 * reveals nothing the log does not, and it is derived from the auth secret, so it survives
 * restarts and nobody can compute it.
 */
export function devOutboxKey(secret: string): string {
  return createHmac("sha256", secret).update("sentaku:dev-outbox").digest("base64url").slice(0, 32);
}

export function devOutboxUrl(env: ServerEnv, secret: string): string {
  return `${env.publicUrl}/dev/outbox?key=${devOutboxKey(secret)}`;
}

/**
 * Whether a request may see the outbox: the outbox is in use (no EMAIL_SERVER), the site's public
 * address is this machine, the request names this machine and comes from it, and it has the key.
 */
export function mayReadDevOutbox(
  env: ServerEnv,
  secret: string,
  request: { headers: Headers; key: string | undefined },
): boolean {
  if (env.emailServer || !env.localDeployment) return false;
  const host = (request.headers.get("host") ?? "").replace(/:\d+$/, "").toLowerCase();
  if (!["localhost", "127.0.0.1", "[::1]"].includes(host)) return false;
  if (!isLoopbackRequest(request.headers, env.trustedProxies)) return false;
  const expected = Buffer.from(devOutboxKey(secret));
  const given = Buffer.from(request.key ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
