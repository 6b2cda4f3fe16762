import "server-only";
import { serverAuthSecret } from "@/lib/auth/secret";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { turnRemindersOff } from "./queries";
import { verifyUnsubscribeToken } from "./token";

// The one-click unsubscribe of RFC 8058: a POST, no session, the token in the URL is the proof. A
// GET never changes anything (link scanners follow links): it leads to a page with a button.

const FORGED =
  "このリンクは使えません。メールにあったリンクをそのままお使いいただくか、ログインしてアカウントのページから設定を変えてください。";
const GONE = "このお知らせの設定は見つかりませんでした。アカウントがすでに削除されているかもしれません。";
const NO_INTENT = "お知らせを止めるには、確認のページのボタンを押してください。";
const DONE = "お知らせのメールを止めました。これからはお送りしません。";

function answer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function pageUrl(query: string): string {
  return new URL(`/reminders/unsubscribe?${query}`, serverEnv().publicUrl).toString();
}

/** The member a token belongs to, or null; for the route and the confirmation page alike. */
export function memberOfUnsubscribeToken(token: unknown): string | null {
  return verifyUnsubscribeToken(token, serverAuthSecret());
}

/** GET: to the confirmation page, changing nothing. */
export function unsubscribeGet(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { Location: pageUrl(`token=${encodeURIComponent(token)}`), "Cache-Control": "no-store" },
  });
}

async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    // Not a form (a JSON body, no body, a broken multipart): answered below like a missing field.
    return null;
  }
}

/**
 * POST: reminders off. A mail client posts `List-Unsubscribe=One-Click` and reads the status; the
 * confirmation page's form posts the same plus `via=page`, and is sent back to that page.
 */
export async function unsubscribePost(request: Request): Promise<Response> {
  const userId = memberOfUnsubscribeToken(new URL(request.url).searchParams.get("token"));
  if (!userId) return answer(400, FORGED);
  const form = await formOf(request);
  if (form?.get("List-Unsubscribe") !== "One-Click") return answer(400, NO_INTENT);
  const fromPage = form.get("via") === "page";
  if ((await turnRemindersOff(userId)) === "missing") {
    return fromPage ? Response.redirect(pageUrl("done=missing"), 303) : answer(404, GONE);
  }
  log.info(`[reminders] Member ${userId} turned reminders off from a mail's unsubscribe link.`);
  return fromPage ? Response.redirect(pageUrl("done=1"), 303) : answer(200, DONE);
}
