import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { attachmentDisposition } from "./content-disposition";
import { findDownload, recordDownload } from "./queries";
import { stampLabel, stampPdf } from "./stamp";
import { defaultStorage } from "./storage";

export interface DownloadRequest {
  user: CurrentUser | null;
  slug: string;
  method: "GET" | "HEAD";
  accept: string;
}

export interface Delivery {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
}

const PRIVATE_HEADERS = {
  // no-transform: the PDF goes out byte for byte with its Content-Length, never re-encoded.
  "Cache-Control": "private, no-store, no-transform",
  "X-Content-Type-Options": "nosniff",
};

/** What a catalogue slug can look like (lib/downloads/sync.ts writes them from the manifest). */
const SLUG_SHAPE = /^[a-z0-9-]{1,100}$/;

function text(status: number, body: string, headers: Record<string, string> = {}): Delivery {
  return {
    status,
    headers: { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...headers },
    body,
  };
}

/**
 * The gate in front of every downloadable file. Without a member, no file byte leaves: a browser
 * is sent to sign-in and back, any other client gets 401. Only a catalogue slug ever reaches
 * storage, so traversal attempts are just unknown slugs (404).
 */
export async function deliverDownload({ user, slug, method, accept }: DownloadRequest): Promise<Delivery> {
  // Signed out, the catalogue is not even read: the answer for a real slug and a made-up one is
  // the same (same status, same return address, same time), so a stranger learns nothing about
  // which files exist. Only the slug's shape decides whether she comes back to it after sign-in.
  if (!user) {
    if (accept.includes("text/html")) {
      const returnTo = SLUG_SHAPE.test(slug) ? `/members/downloads/${slug}` : "/members/downloads";
      return text(303, "", { Location: `/signin?callbackUrl=${encodeURIComponent(returnTo)}` });
    }
    return text(401, "ログインが必要です");
  }
  const download = await findDownload(slug);
  if (!download) return text(404, "見つかりません");

  const original = await defaultStorage().read(download.storageKey);
  const stamped = await stampPdf(original, stampLabel(user.email, new Date()));
  if (method === "GET") await recordDownload(user.id, download.id);

  return {
    status: 200,
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": download.mimeType,
      "Content-Length": String(stamped.byteLength),
      "Content-Disposition": attachmentDisposition(download.fileName, `${download.slug}.pdf`),
    },
    body: method === "GET" ? stamped : null,
  };
}
