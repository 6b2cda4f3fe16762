/** What POST /api/auth/code answers; shared by the route and the check-email page's form. */
export type CodeFailureReason = "malformed" | "none" | "expired" | "used" | "dead" | "limited";

export type CodeReply =
  | { ok: true; url: string }
  | { ok: false; reason: CodeFailureReason }
  | { ok: false; reason: "wrong"; remaining: number };
