"use client";

import { useState } from "react";

/**
 * Signing out, on the account page rather than in the header where a stray tap ended her session.
 * No confirmation: the button says what it does, and the next page says it happened.
 */
export function SignOutSection({ email }: { email: string }) {
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    // Loaded on press: the library is not needed anywhere else on the page.
    const { signOut: endSession } = await import("next-auth/react");
    // NextAuth deletes the session row and the cookie, then a full load of /signed-out, so nothing
    // a members page kept in memory outlives the session.
    await endSession({ callbackUrl: "/signed-out" });
  }

  return (
    <section aria-labelledby="sign-out">
      <h2 id="sign-out" className="text-lg font-bold">
        ログアウト
      </h2>
      <p className="mt-2 leading-relaxed text-muted">
        この端末から {email}{" "}
        のログインを終えます。記録はそのまま残り、次はメールのリンクかコードでログインします。
      </p>
      <p className="mt-4">
        <button type="button" onClick={signOut} disabled={pending} className="btn-secondary">
          {pending ? "ログアウトしています…" : "この端末からログアウトする"}
        </button>
      </p>
    </section>
  );
}
