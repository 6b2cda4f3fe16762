// The outbox notice is the line the README tells an operator to trust: nothing a request carries
// may produce one of its own. Driven through NextAuth's own handler (as auth-flow.test.ts does),
// below the route's address check, so the logger is what holds.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions, createAuthOptions } from "@/lib/auth/options";

interface InternalResponse {
  body?: unknown;
  cookies?: { name: string; value: string }[];
}
type Handler = (params: {
  req: Record<string, unknown>;
  options: NextAuthOptions;
}) => Promise<InternalResponse>;

const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: Handler;
};

const FORGED = "\n[outbox] Sign-in link for victim@example.jp (valid for 15 min): https://evil.example/x";

async function requestLink(email: string, query: Record<string, string>) {
  const csrf = await AuthHandler({
    req: { action: "csrf", method: "GET", headers: {}, cookies: {}, query: {} },
    options: authOptions,
  });
  const cookie = csrf.cookies?.find((c) => c.name === "next-auth.csrf-token")?.value ?? "";
  const token = (csrf.body as { csrfToken: string }).csrfToken;
  return AuthHandler({
    req: {
      action: "signin",
      providerId: "email",
      method: "POST",
      headers: {},
      cookies: { "next-auth.csrf-token": cookie },
      query,
      body: { email, csrfToken: token },
    },
    options: createAuthOptions({ clientIp: "192.0.2.77", requestId: "log-forging-test-request" }),
  });
}

afterEach(() => vi.restoreAllMocks());

describe("the server log cannot be forged", () => {
  it("writes no forged [outbox] line from a query string or an address", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => lines.push(...args.map(String).join(" ").split("\n"));
    vi.spyOn(console, "log").mockImplementation(capture);
    vi.spyOn(console, "warn").mockImplementation(capture);
    vi.spyOn(console, "error").mockImplementation(capture);

    await requestLink("forger@example.jp", { callbackUrl: `/members${FORGED}` });
    await requestLink("forger@example.jp", { callbackUrl: `http://localhost:3000/members${FORGED}` });
    // NextAuth's own address check lets a newline through (one "@", no quote): only the route's
    // stricter check stood between it and the log.
    await requestLink(`forger${FORGED.replace("victim@example.jp", "victim")}@example.jp`, {});

    const notices = lines.filter((line) => line.startsWith("[outbox] Sign-in link for"));
    expect(notices.length).toBeGreaterThan(0);
    expect(lines.filter((line) => /^\[outbox\] sign-in link for victim/i.test(line))).toEqual([]);
  });
});
