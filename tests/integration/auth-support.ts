// NextAuth's own request handler, driven directly (its App Router wrapper needs a Next.js request
// context that Vitest does not have), for the sign-in integration tests.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { authOptions, createAuthOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";

/** The request id of "this browser" in tests that do not care which browser asks. */
export const BROWSER = "a".repeat(64);

export interface InternalRequest {
  action: string;
  providerId?: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  cookies: Record<string, string>;
  query: Record<string, string>;
  body?: Record<string, string>;
}
export interface InternalResponse {
  redirect?: string;
  body?: unknown;
  cookies?: { name: string; value: string; options: Record<string, unknown> }[];
}

export const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: (params: { req: InternalRequest; options: NextAuthOptions }) => Promise<InternalResponse>;
};

export const base = { headers: {}, cookies: {}, query: {} };

export async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await AuthHandler({
    req: { ...base, action: "csrf", method: "GET" },
    options: authOptions,
  });
  const cookie = response.cookies?.find((c) => c.name === "next-auth.csrf-token")?.value ?? "";
  return { token: (response.body as { csrfToken: string }).csrfToken, cookie };
}

export async function requestLink(
  email: string,
  {
    callbackUrl = "/members",
    clientIp = "192.0.2.1",
    withCsrf = true,
    requestId = BROWSER,
  }: { callbackUrl?: string; clientIp?: string; withCsrf?: boolean; requestId?: string } = {},
) {
  const { token, cookie } = await csrf();
  return AuthHandler({
    req: {
      ...base,
      action: "signin",
      providerId: "email",
      method: "POST",
      cookies: { "next-auth.csrf-token": cookie },
      body: { email, callbackUrl, ...(withCsrf ? { csrfToken: token } : {}) },
    },
    options: createAuthOptions({ clientIp, requestId }),
  });
}

export async function linksTo(email: string): Promise<URL[]> {
  const messages = await db.outboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
  return messages.map((message) => new URL(/https?:\/\/\S+/.exec(message.text)?.[0] ?? "http://invalid/"));
}

export async function useLink(link: URL) {
  return AuthHandler({
    req: {
      ...base,
      action: "callback",
      providerId: "email",
      method: "POST",
      query: Object.fromEntries(link.searchParams),
    },
    options: authOptions,
  });
}
