"use client";

import { useState } from "react";

/**
 * The button that uses the sign-in token. A plain form post, so it works before the page's script
 * has loaded; once pressed it cannot be pressed again (a second post would find the token used).
 */
export function ConfirmSignInForm({ action }: { action: string }) {
  const [submitted, setSubmitted] = useState(false);
  return (
    <form
      method="post"
      action={action}
      onSubmit={(event) => {
        if (submitted) event.preventDefault();
        setSubmitted(true);
      }}
      className="mt-8"
    >
      <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={submitted}>
        {submitted ? "ログインしています…" : "ログインする"}
      </button>
    </form>
  );
}
