import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAuthOptions } from "@/lib/auth/options";
import { hashVerificationToken, inspectSignInLink } from "@/lib/auth/verification";
import { db } from "@/lib/db/client";

const secret = "integration-secret-".padEnd(40, "x");

// NextAuth's own hashing, from inside the package (it is not exported): the reference to match.
const { hashToken } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/lib/utils.js"),
) as { hashToken: (token: string, options: { provider: { secret?: string }; secret: string }) => string };

async function issue(email: string, expiresInMs = 600_000) {
  const token = randomBytes(32).toString("hex");
  await db.verificationToken.create({
    data: {
      identifier: email,
      token: hashVerificationToken(token, secret),
      expires: new Date(Date.now() + expiresInMs),
    },
  });
  return token;
}

describe("sign-in links", () => {
  it("are stored hashed exactly as NextAuth hashes them", () => {
    const token = randomBytes(32).toString("hex");
    const nextAuth = hashToken(token, { provider: {}, secret });
    expect(hashVerificationToken(token, secret)).toBe(nextAuth);
  });

  it("can be looked at without being used up", async () => {
    const token = await issue("look@example.jp");
    for (let i = 0; i < 3; i++) {
      expect(await inspectSignInLink(db, { token, email: "look@example.jp", secret })).toBeNull();
    }
    expect(await db.verificationToken.count({ where: { identifier: "look@example.jp" } })).toBe(1);
  });

  it("tell expired, used and invalid apart", async () => {
    const expired = await issue("old@example.jp", -1000);
    expect(await inspectSignInLink(db, { token: expired, email: "old@example.jp", secret })).toBe("expired");

    const token = await issue("mine@example.jp");
    expect(await inspectSignInLink(db, { token, email: "other@example.jp", secret })).toBe("invalid");
    expect(await inspectSignInLink(db, { token: "not-a-token", email: "mine@example.jp", secret })).toBe(
      "invalid",
    );
    expect(await inspectSignInLink(db, { token, email: "", secret })).toBe("invalid");

    await db.verificationToken.deleteMany({ where: { identifier: "mine@example.jp" } });
    expect(await inspectSignInLink(db, { token, email: "mine@example.jp", secret })).toBe("used");
  });

  it("are single use, and using one retires the address's other links", async () => {
    const adapter = createAuthOptions().adapter;
    if (!adapter?.useVerificationToken) throw new Error("adapter without useVerificationToken");
    const older = await issue("two@example.jp");
    const newer = await issue("two@example.jp");
    const unrelated = await issue("someone-else@example.jp");

    const used = await adapter.useVerificationToken({
      identifier: "two@example.jp",
      token: hashVerificationToken(newer, secret),
    });
    expect(used?.identifier).toBe("two@example.jp");
    expect(
      await adapter.useVerificationToken({
        identifier: "two@example.jp",
        token: hashVerificationToken(newer, secret),
      }),
    ).toBeNull();
    expect(await inspectSignInLink(db, { token: older, email: "two@example.jp", secret })).toBe("used");
    expect(
      await inspectSignInLink(db, { token: unrelated, email: "someone-else@example.jp", secret }),
    ).toBeNull();
  });

  it("are not used by the wrong address", async () => {
    const adapter = createAuthOptions().adapter;
    const token = await issue("right@example.jp");
    expect(
      await adapter?.useVerificationToken?.({
        identifier: "wrong@example.jp",
        token: hashVerificationToken(token, secret),
      }),
    ).toBeNull();
    expect(await inspectSignInLink(db, { token, email: "right@example.jp", secret })).toBeNull();
  });
});
