import { unsubscribeGet, unsubscribePost } from "@/lib/reminders/unsubscribe";

// Never cached: every request is answered for its own token.
export const dynamic = "force-dynamic";

/** GET leads to the confirmation page (a link scanner changes nothing); POST is RFC 8058's one click. */
export function GET(request: Request): Response {
  return unsubscribeGet(request);
}

export function POST(request: Request): Promise<Response> {
  return unsubscribePost(request);
}
