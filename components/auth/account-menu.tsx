"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useViewer } from "@/components/viewer/use-viewer";

const PILL =
  "inline-flex min-h-11 items-center rounded-full border border-line px-3 whitespace-nowrap text-ink no-underline hover:bg-accent-soft";

/**
 * Sign-in, or her account, in the header. The header frames the prerendered public pages, so the
 * session is asked for from the browser (components/viewer) rather than read from cookies on the
 * server, which would make every page dynamic. Signing out lives on the account page, away from
 * the header's one-tap reach, and ends on a page that says it happened.
 */
export function AccountMenu() {
  const pathname = usePathname() ?? "/";
  const viewer = useViewer();

  if (viewer === null) {
    // Holds the place so the header does not shift when the answer arrives.
    return <span className="inline-block min-h-11 min-w-[5.5em]" aria-hidden="true" />;
  }

  if (!viewer.signedIn) {
    // Back to this page afterwards. Public pages carry no query worth keeping, and members pages
    // send a signed-out visitor through sign-in with their full address themselves.
    const stay = pathname.startsWith("/signin") || pathname === "/signed-out" || pathname === "/goodbye";
    const href = stay ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(pathname)}`;
    return (
      // Not prefetched, like the header's members link: sign-in is rendered per request.
      <Link href={href} prefetch={false} className={PILL}>
        ログイン
      </Link>
    );
  }

  return (
    <Link
      href="/members/account"
      prefetch={false}
      className={PILL}
      title={viewer.email ? `${viewer.email} でログイン中` : undefined}
      aria-label={viewer.email ? `アカウント(${viewer.email} でログイン中)` : undefined}
    >
      アカウント
    </Link>
  );
}
