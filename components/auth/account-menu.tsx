"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type State = { kind: "loading" } | { kind: "signed-out" } | { kind: "signed-in"; email: string };

/**
 * Sign-in or sign-out in the header. The header is part of the root layout, which also frames the
 * prerendered public pages, so the session is asked for from the browser (/api/auth/session)
 * rather than read from cookies on the server, which would make every page dynamic.
 *
 * The read is the same request next-auth/react's getSession() makes, written out because this
 * component is on every page: importing next-auth/react here took the article page's first-load
 * JS from 175.2 to 183.9 KiB gzip (measured on the production build, 2026-12-02), past the
 * 180 KiB budget. Signing out, which is rare, loads the library only when the button is pressed.
 */
export function AccountMenu() {
  const pathname = usePathname() ?? "/";
  const [state, setState] = useState<State>({ kind: "loading" });
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ user?: { email?: string } }>) : {}))
      .then((session: { user?: { email?: string } }) => {
        if (cancelled) return;
        setState(
          session.user ? { kind: "signed-in", email: session.user.email ?? "" } : { kind: "signed-out" },
        );
      })
      .catch(() => {
        if (!cancelled) setState({ kind: "signed-out" });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  async function signOut() {
    setSigningOut(true);
    try {
      const { signOut: endSession } = await import("next-auth/react");
      // NextAuth deletes the session row, then clears the cookie.
      await endSession({ redirect: false, callbackUrl: "/" });
    } finally {
      // A full load, so nothing a members page kept in memory outlives the session.
      window.location.assign(pathname.startsWith("/members") ? "/" : window.location.href);
    }
  }

  if (state.kind === "loading") {
    // Holds the place so the header does not shift when the answer arrives.
    return <span className="inline-block min-w-[5.5em]" aria-hidden="true" />;
  }

  if (state.kind === "signed-out") {
    // Back to this page afterwards. Public pages carry no query worth keeping, and members pages
    // send a signed-out visitor through sign-in with their full address themselves.
    const href = pathname.startsWith("/signin")
      ? "/signin"
      : `/signin?callbackUrl=${encodeURIComponent(pathname)}`;
    return (
      <Link
        href={href}
        className="inline-block rounded-full border border-line px-4 py-1.5 text-ink no-underline hover:bg-accent-soft"
      >
        ログイン
      </Link>
    );
  }

  return (
    <button
      type="button"
      onClick={signOut}
      disabled={signingOut}
      title={state.email ? `${state.email} でログイン中` : undefined}
      aria-label={state.email ? `ログアウト(${state.email} でログイン中)` : undefined}
      className="inline-block cursor-pointer rounded-full border border-line px-4 py-1.5 text-ink hover:bg-accent-soft disabled:opacity-60"
    >
      {signingOut ? "ログアウト中…" : "ログアウト"}
    </button>
  );
}
