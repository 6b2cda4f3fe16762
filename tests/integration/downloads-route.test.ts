import type { NextApiRequest, NextApiResponse } from "next";
import { afterAll, describe, expect, it, vi } from "vitest";

// The gated file route with NextAuth's own session check, called the way Next calls a Pages API
// route. The e2e spec covers the browser; this covers the session rules a forged, expired or
// plain-http cookie must not get past, which NextAuth decides and the route must not re-decide.

const saved = { SITE_URL: process.env.SITE_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The route and the app's modules, fresh, as a server at `publicUrl` would load them. */
async function serverAt(publicUrl: string) {
  vi.resetModules();
  process.env.SITE_URL = publicUrl;
  process.env.NEXTAUTH_URL = publicUrl;
  const { default: handler } = await import("@/pages/api/member-downloads/[slug]");
  const { db } = await import("@/lib/db/client");
  const { defaultStorage } = await import("@/lib/downloads/storage");
  const { readManifest, syncCatalog } = await import("@/lib/downloads/sync");
  const manifest = readManifest();
  await syncCatalog(db, defaultStorage(), manifest);
  const slug = manifest[0]?.slug;
  if (!slug) throw new Error("The manifest lists no downloads.");
  return { handler, db, slug };
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function request(
  handler: (req: NextApiRequest, res: NextApiResponse) => Promise<void>,
  {
    slug,
    method = "GET",
    cookies = {},
    accept = "*/*",
  }: {
    slug: string;
    method?: string;
    cookies?: Record<string, string>;
    accept?: string;
  },
): Promise<Reply> {
  const reply: Reply = { status: 200, headers: {}, body: Buffer.alloc(0) };
  const req = {
    method,
    query: { slug },
    cookies,
    headers: {
      host: "localhost",
      accept,
      cookie: Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join("; "),
    },
  };
  const res = {
    status(code: number) {
      reply.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      reply.headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
      return res;
    },
    getHeader(name: string) {
      return reply.headers[name.toLowerCase()];
    },
    end(body?: Buffer | string) {
      if (body !== undefined) reply.body = Buffer.from(body);
      return res;
    },
  };
  // Only the members of NextApiRequest/NextApiResponse the route and getServerSession use.
  await handler(req as unknown as NextApiRequest, res as unknown as NextApiResponse);
  return reply;
}

async function memberWithSession(
  db: Awaited<ReturnType<typeof serverAt>>["db"],
  token: string,
  expires: Date,
) {
  const user = await db.user.create({ data: { email: `${token}@example.jp` } });
  await db.session.create({ data: { sessionToken: token, userId: user.id, expires } });
  return user;
}

describe("the gated file route over http", () => {
  it("sends a member her stamped file with its Content-Length, on GET and HEAD", async () => {
    const { handler, db, slug } = await serverAt("http://localhost:3000");
    await memberWithSession(db, "live-token", new Date(Date.now() + 60_000));
    const cookies = { "next-auth.session-token": "live-token" };

    const get = await request(handler, { slug, cookies });
    expect(get.status).toBe(200);
    expect(get.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(get.headers["content-length"]).toBe(String(get.body.byteLength));

    const head = await request(handler, { slug, cookies, method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
  });

  it("refuses an expired session, an unknown token and no cookie", async () => {
    const { handler, db, slug } = await serverAt("http://localhost:3000");
    await memberWithSession(db, "expired-token", new Date(Date.now() - 1000));
    const attempts: Record<string, string>[] = [
      { "next-auth.session-token": "expired-token" },
      { "next-auth.session-token": "forged-token" },
      {},
    ];
    for (const cookies of attempts) {
      const reply = await request(handler, { slug, cookies });
      expect(reply.status).toBe(401);
      expect(reply.body.includes("%PDF")).toBe(false);
    }
    const browser = await request(handler, { slug, accept: "text/html" });
    expect(browser.status).toBe(303);
    expect(browser.headers.location).toBe(
      `/signin?callbackUrl=${encodeURIComponent(`/members/downloads/${slug}`)}`,
    );
  });

  it("answers anything but GET and HEAD with 405", async () => {
    const { handler, slug } = await serverAt("http://localhost:3000");
    const reply = await request(handler, { slug, method: "POST" });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD");
  });
});

describe("the gated file route over https", () => {
  it("accepts only the __Secure- session cookie", async () => {
    const { handler, db, slug } = await serverAt("https://sentaku.example.jp");
    await memberWithSession(db, "https-token", new Date(Date.now() + 60_000));

    const plain = await request(handler, { slug, cookies: { "next-auth.session-token": "https-token" } });
    expect(plain.status).toBe(401);

    const secure = await request(handler, {
      slug,
      cookies: { "__Secure-next-auth.session-token": "https-token" },
    });
    expect(secure.status).toBe(200);
  });
});
