import type { NextApiRequest, NextApiResponse } from "next";
import { userFromSessionCookies } from "@/lib/auth/session-cookie";
import { deliverDownload } from "@/lib/downloads/delivery";

// Served at /members/downloads/<slug> through a rewrite in next.config.ts. This is a Pages
// Router API route because App Router route handlers drop the Content-Length header (Next 16.4),
// and a download should tell the browser its size.
export const config = { api: { responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.status(405).end();
    return;
  }
  const delivery = await deliverDownload({
    user: await userFromSessionCookies(req.cookies),
    slug: typeof req.query.slug === "string" ? req.query.slug : "",
    method: req.method,
    accept: req.headers.accept ?? "",
  });
  res.status(delivery.status);
  for (const [name, value] of Object.entries(delivery.headers)) res.setHeader(name, value);
  res.end(delivery.body === null || req.method === "HEAD" ? undefined : Buffer.from(delivery.body));
}
