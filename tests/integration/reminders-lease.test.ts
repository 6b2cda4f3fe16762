// The scheduler lease: one holder at a time, renewable by its holder, taken over once it expires,
// and never released by a holder that lost it.
import { describe, expect, it } from "vitest";
import { acquireLease, releaseLease } from "@/lib/reminders/lease";

const T0 = new Date("2026-12-07T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const TTL = 60_000;

describe("the scheduler lease", () => {
  it("goes to one holder, then to another only after it expires", async () => {
    expect(await acquireLease("test-a", "one", T0, TTL)).toBe(true);
    expect(await acquireLease("test-a", "two", T0, TTL)).toBe(false);
    expect(await acquireLease("test-a", "two", later(TTL - 1), TTL)).toBe(false);
    // Her holder renews it.
    expect(await acquireLease("test-a", "one", later(30_000), TTL)).toBe(true);
    expect(await acquireLease("test-a", "two", later(TTL + 1), TTL)).toBe(false);
    // Expired: another holder takes it, and the first cannot release or retake it.
    expect(await acquireLease("test-a", "two", later(30_000 + TTL + 1), TTL)).toBe(true);
    await releaseLease("test-a", "one");
    expect(await acquireLease("test-a", "one", later(30_000 + TTL + 2), TTL)).toBe(false);
    // Released by its holder: free at once.
    await releaseLease("test-a", "two");
    expect(await acquireLease("test-a", "one", later(30_000 + TTL + 3), TTL)).toBe(true);
  });

  it("goes to exactly one of many holders racing for it, even for a lease that did not exist yet", async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `racer-${i}`);
    const won = await Promise.all(holders.map((holder) => acquireLease("test-race", holder, T0, TTL)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });
});
