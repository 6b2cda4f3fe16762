import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import type { CurrentUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { deliverDownload } from "@/lib/downloads/delivery";

// Served at /members/downloads/<slug> through a rewrite in next.config.ts. A Pages Router API
// route because App Router route handlers drop Content-Length, and a download should tell the
// browser its size. Reproduced on 2026-12-02 with next 16.4.6 under `next start`: a route handler
// returning `new Response(bytes, { headers: { "Content-Length": "12345" } })` (bytes as a
// Uint8Array, an ArrayBuffer or a Blob, with or without an explicit HEAD export) answered GET with
// `Transfer-Encoding: chunked` and HEAD with no Content-Length at all; this route sends both.
export const config = { api: { responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.status(405).end();
    return;
  }
  // NextAuth's own session check, with the options every other members route uses through
  // getCurrentUser() (lib/auth/session.ts), which is React-cached and so App Router only.
  const session = await getServerSession(req, res, authOptions);
  const user: CurrentUser | null = session?.user.id
    ? { id: session.user.id, email: session.user.email }
    : null;
  const delivery = await deliverDownload({
    user,
    slug: typeof req.query.slug === "string" ? req.query.slug : "",
    method: req.method,
    accept: req.headers.accept ?? "",
  });
  res.status(delivery.status);
  for (const [name, value] of Object.entries(delivery.headers)) res.setHeader(name, value);
  res.end(delivery.body === null || req.method === "HEAD" ? undefined : Buffer.from(delivery.body));
}
