import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, claimSignInEmail } from "@/lib/auth/rate-limit";
import { createPrismaClient, db } from "@/lib/db/client";
import { settings } from "@/lib/env";

let counter = 0;
const address = () => `limit-${++counter}@example.jp`;
const ip = () => `198.51.100.${++counter % 250}`;

describe("the sign-in email limits, kept in the database", () => {
  it("sends at most 3 emails per address in 15 minutes, whatever the client", async () => {
    const email = address();
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await claimSignInEmail(db, { email, ip: ip() })).allowed);
    expect(results).toEqual([true, true, true, false, false]);
  });

  it("sends at most 10 emails per client in 15 minutes, whatever the address", async () => {
    const client = "203.0.113.77";
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push((await claimSignInEmail(db, { email: address(), ip: client })).allowed);
    expect(results.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perClient);
    expect(results.slice(10)).toEqual([false, false]);
  });

  it("forgets emails older than the window", async () => {
    const email = address();
    const start = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 3; i++) await claimSignInEmail(db, { email, ip: ip() }, start);
    const justBefore = new Date(start.getTime() + SIGN_IN_LIMITS.windowMs - 1000);
    expect((await claimSignInEmail(db, { email, ip: ip() }, justBefore)).allowed).toBe(false);
    const after = new Date(start.getTime() + SIGN_IN_LIMITS.windowMs + 1000);
    expect((await claimSignInEmail(db, { email, ip: ip() }, after)).allowed).toBe(true);
  });

  it("counts only what was sent: refused requests leave no row, and a failed send gives its slot back", async () => {
    const email = address();
    const first = await claimSignInEmail(db, { email, ip: ip() });
    await first.release();
    for (let i = 0; i < 6; i++) await claimSignInEmail(db, { email, ip: ip() });
    expect(await db.signInAttempt.count({ where: { key: `email:${email}` } })).toBe(3);
  });

  it("holds under twenty simultaneous requests: exactly 3 go out", async () => {
    const email = address();
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => claimSignInEmail(db, { email, ip: ip() })),
    );
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(3);
  });

  it("holds across two server instances on the same database", async () => {
    const other = createPrismaClient(settings().databaseUrl);
    try {
      const email = address();
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => claimSignInEmail(i % 2 ? other : db, { email, ip: ip() })),
      );
      expect(claims.filter((claim) => claim.allowed)).toHaveLength(3);
    } finally {
      await other.$disconnect();
    }
  });
});
