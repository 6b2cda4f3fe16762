import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db/client";
import { databaseHealth } from "@/lib/db/health";

describe("/api/health", () => {
  it("answers 200 { ok: true } when the database answers, and is never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("says why when the database does not answer, without the driver's message", async () => {
    // Nothing listens on port 1: the connection is refused, whichever database the suite runs on.
    const unreachable = createPrismaClient("postgresql://nobody:secret-password@127.0.0.1:1/nothing");
    try {
      const health = await databaseHealth(unreachable);
      expect(health.ok).toBe(false);
      expect(JSON.stringify(health)).toMatch(/database unavailable/);
      expect(JSON.stringify(health)).not.toContain("secret-password");
    } finally {
      await unreachable.$disconnect();
    }
  });
});
