import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { claimSignInEmail, limitAddress, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { keySocketAddressWithoutProxy } from "@/lib/security/socket-address";

// Limits a client must not be able to steer.

let counter = 0;
const ip = () => `203.0.113.${++counter % 250}`;

describe("limits a client cannot steer", () => {
  it("gives every +variant of an address one shared budget, and mails the address as typed", async () => {
    expect(limitAddress("Hanako+1@Example.jp")).toBe("hanako@example.jp");
    expect(limitAddress("hanako+a+b@example.jp")).toBe("hanako@example.jp");
    expect(limitAddress("+only@example.jp")).toBe("+only@example.jp");
    const results: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      results.push((await claimSignInEmail(db, { email: `flood+${i}@example.jp`, ip: ip() })).allowed);
    }
    expect(results.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perAddress);
  });

  it("tells a refused request when it can try again", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      const claim = await claimSignInEmail(db, { email: "retry@example.jp", ip: ip() }, now);
      expect(claim).toMatchObject({ allowed: true, retryAt: null });
    }
    const refused = await claimSignInEmail(
      db,
      { email: "retry@example.jp", ip: ip() },
      new Date(now.getTime() + 60_000),
    );
    expect(refused.allowed).toBe(false);
    expect(refused.retryAt?.toISOString()).toBe(
      new Date(now.getTime() + SIGN_IN_LIMITS.windowMs).toISOString(),
    );
  });

  it("keys a client without a proxy by its socket, not by the X-Forwarded-For it sends", async () => {
    keySocketAddressWithoutProxy(0);
    const server = createServer((req, res) => {
      res.end(clientIp(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? "") }), 0));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const keys: string[] = [];
    for (const forged of ["198.51.100.7", "10.0.0.1, 198.51.100.8", "2001:db8::1"]) {
      keys.push(
        await new Promise<string>((resolve, reject) => {
          const req = httpRequest(
            { host: "127.0.0.1", port, headers: { "X-Forwarded-For": forged } },
            (res) => {
              let body = "";
              res.on("data", (chunk: Buffer) => (body += chunk.toString()));
              res.on("end", () => resolve(body));
            },
          );
          req.on("error", reject);
          req.end();
        }),
      );
    }
    server.close();
    expect(keys).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });
});
