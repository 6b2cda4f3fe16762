import type { NextApiRequest, NextApiResponse } from "next";
import { describe, expect, it } from "vitest";
import handler from "@/pages/api/member-downloads/[slug]";
import { db } from "@/lib/db/client";
import { defaultStorage } from "@/lib/downloads/storage";
import { readManifest, syncCatalog } from "@/lib/downloads/sync";

// Signed out, a download's address must not tell whether the file exists.

async function ask(slug: string, accept: string) {
  const reply = { status: 0, headers: {} as Record<string, string>, body: "" };
  const res = {
    status(code: number) {
      reply.status = code;
      return res;
    },
    setHeader(name: string, value: string) {
      reply.headers[name.toLowerCase()] = value;
    },
    getHeader: () => undefined,
    end(body?: Buffer | string) {
      reply.body = body === undefined ? "" : body.toString();
    },
  };
  const req = { method: "GET", query: { slug }, cookies: {}, headers: { host: "localhost", accept } };
  await handler(req as unknown as NextApiRequest, res as unknown as NextApiResponse);
  return reply;
}

describe("an anonymous request for a download", () => {
  it("gets the same answer for an existing slug and a made-up one", async () => {
    const manifest = readManifest();
    await syncCatalog(db, defaultStorage(), manifest);
    const real = manifest[0]?.slug ?? "";
    expect(real).not.toBe("");
    const madeUp = "no-such-file-here";

    for (const accept of ["text/html,application/xhtml+xml", "*/*"]) {
      const known = await ask(real, accept);
      const unknown = await ask(madeUp, accept);
      expect(unknown.status).toBe(known.status);
      expect(unknown.body).toBe(known.body);
      const strip = (location = "") =>
        location.replace(encodeURIComponent(real), "SLUG").replace(madeUp, "SLUG");
      expect(strip(unknown.headers.location)).toBe(strip(known.headers.location));
    }
  });
});
