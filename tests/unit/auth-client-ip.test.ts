import { describe, expect, it } from "vitest";
import { clientIp, isLoopbackRequest, normalizeIp } from "@/lib/auth/client-ip";

const headers = (forwarded?: string) =>
  new Headers(forwarded === undefined ? {} : { "x-forwarded-for": forwarded });

describe("clientIp", () => {
  it("takes the address next start wrote when there is no proxy", () => {
    expect(clientIp(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, takes the entry the proxy appended, not the client's own", () => {
    expect(clientIp(headers("198.51.100.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, takes the entry the outer proxy saw", () => {
    expect(clientIp(headers("198.51.100.1, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("keys IPv6 clients by their /64, and unwraps IPv4-mapped addresses", () => {
    expect(clientIp(headers("2001:db8:1:2:aaaa::1"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("2001:db8:1:2:bbbb:cccc:dddd:eeee"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("::ffff:192.0.2.7"), 0)).toBe("192.0.2.7");
  });

  it("reads addresses written with ports and brackets", () => {
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normalizeIp("192.0.2.7:51234")).toBe("192.0.2.7");
  });

  it("has one key for anything that is not an address", () => {
    expect(clientIp(headers(), 0)).toBe("unknown");
    expect(clientIp(headers("<script>"), 0)).toBe("unknown");
  });
});

describe("isLoopbackRequest", () => {
  it.each(["127.0.0.1", "::1", "::ffff:127.0.0.1", "[::1]:4000"])("accepts %s", (address) => {
    expect(isLoopbackRequest(headers(address), 0)).toBe(true);
  });

  it.each(["192.168.1.20", "10.0.0.1", "", "127.0.0.1, 192.168.1.20"])("refuses %j", (address) => {
    expect(isLoopbackRequest(headers(address), 0)).toBe(false);
  });
});
