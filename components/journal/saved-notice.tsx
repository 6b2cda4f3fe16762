"use client";

import { useEffect, useState } from "react";

/**
 * A short confirmation after a save or a delete. It drops the ?saved=1 marker from the address so
 * a reload or a shared link does not announce it again.
 */
export function SavedNotice({ message }: { message: string }) {
  const [text, setText] = useState("");
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete("saved");
    url.searchParams.delete("deleted");
    window.history.replaceState(window.history.state, "", url);
    // Filled after mount so the live region announces it.
    const timer = window.setTimeout(() => setText(message), 50);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <p
      role="status"
      aria-live="polite"
      className="mb-5 rounded-xl bg-sage-soft px-4 py-3 font-bold text-sage empty:hidden"
    >
      {text}
    </p>
  );
}
