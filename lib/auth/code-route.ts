import "server-only";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { emailCallbackPath } from "./callback-url";
import { clientIp } from "./client-ip";
import { authOptions } from "./options";
import { clearRequestCookieHeader, requestIdFrom } from "./request-cookie";
import { fromThisSite } from "./same-site-request";
import { serverAuthSecret } from "./secret";
import type { CodeReply } from "./code-reply";
import { checkSignInCode } from "./sign-in-code";

const env = serverEnv();

function reply(body: CodeReply, status = 200, headers?: Headers): Response {
  return Response.json(body, { status, headers });
}

/**
 * POST /api/auth/code with JSON { email, code }: the check-email page's code form.
 *
 * A correct code finishes the sign-in through NextAuth's own email callback with the link's token
 * (unsealed from the code's row), rather than by writing a session here: NextAuth then uses the
 * token up (so the link dies with the code), creates or finds the member, writes the session and
 * its cookie, and picks the landing page, exactly as a click on the link would.
 */
export async function consumeCode(request: NextRequest): Promise<Response> {
  if (!fromThisSite(request.headers)) return reply({ ok: false, reason: "none" }, 403);
  let fields: { email?: unknown; code?: unknown } = {};
  try {
    const body: unknown = await request.json();
    if (body && typeof body === "object") fields = body;
  } catch {
    // An unreadable body is a malformed code.
  }
  const email = typeof fields.email === "string" ? fields.email.slice(0, 254) : "";
  const code = typeof fields.code === "string" ? fields.code.slice(0, 32) : "";

  const result = await checkSignInCode(db, {
    email,
    code,
    requestId: requestIdFrom(request.headers, env),
    clientIp: clientIp(request.headers, env.trustedProxies),
    secret: serverAuthSecret(),
  });
  if (!result.ok) return reply(result, result.reason === "limited" ? 429 : 400);

  const callback = new NextRequest(
    new URL(
      emailCallbackPath({
        token: result.token,
        email: result.identifier,
        callbackPath: result.callbackPath,
      }),
      env.publicUrl,
    ),
    { method: "POST" },
  );
  const response: Response = await NextAuth(
    callback,
    { params: Promise.resolve({ nextauth: ["callback", "email"] }) },
    authOptions,
  );
  const location = response.headers.get("location") ?? "";
  // The link was used a moment ago, in the same instant.
  if (!location || /\/(api\/auth|signin)\/error/.test(location))
    return reply({ ok: false, reason: "used" }, 400);

  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", cookie);
  headers.append("set-cookie", clearRequestCookieHeader(env));
  return reply({ ok: true, url: location }, 200, headers);
}
