import { isIP } from "node:net";

/**
 * The address a request came from, as a rate-limit key.
 *
 * `next start` fills X-Forwarded-For with the socket's address only when the request carries
 * none, and never appends to it. So:
 * - behind proxies (TRUST_PROXY = how many; "1" for one nginx or load balancer), each proxy appends
 *   the address it saw, and the entry that many places from the end is the client as our nearest
 *   trusted proxy saw it, which the client cannot choose;
 * - with no proxy (TRUST_PROXY unset or 0), the server itself writes the socket's address as the
 *   only entry before Next.js sees the request (lib/security/socket-address.ts, installed from
 *   instrumentation.ts), so whatever header a client sent is gone and the key is its socket.
 */
export function clientIp(headers: Headers, trustedProxies: number): string {
  return normalizeIp(forwardedAddress(headers, trustedProxies));
}

/** The X-Forwarded-For entry written by the nearest trusted hop, as written. */
export function forwardedAddress(headers: Headers, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-Math.max(trustedProxies, 1)) ?? entries[0] ?? "";
}

/** Whether the request came from this machine (127.0.0.0/8 or ::1). */
export function isLoopbackRequest(headers: Headers, trustedProxies: number): boolean {
  const address = forwardedAddress(headers, trustedProxies)
    .toLowerCase()
    .replace(/^\[(.*)\](:\d+)?$/, "$1")
    .replace(/^::ffff:/, "");
  return /^127(\.\d{1,3}){3}$/.test(address) || address === "::1" || address === "0:0:0:0:0:0:0:1";
}

/**
 * One key per client: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64 prefix, because
 * one household or phone is usually given a whole /64 and could otherwise rotate addresses.
 */
export function normalizeIp(raw: string): string {
  let value = raw.trim().toLowerCase();
  // "[2001:db8::1]:443" and "203.0.113.9:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "");
  value = value.replace(/%.*$/, "");

  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped?.[1]) value = mapped[1];

  const version = isIP(value);
  if (version === 4) return value;
  if (version === 6) return `${expandIpv6(value).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right];
  return groups.map((group) => (group.includes(".") ? group : (parseInt(group, 16) || 0).toString(16)));
}
