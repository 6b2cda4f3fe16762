import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { IntentPrefetchLink } from "@/components/intent-prefetch-link";
import { site } from "@/lib/site";

const NAV_LINK =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-2.5 text-ink no-underline hover:bg-accent-soft";

/**
 * One row at every width: on a phone the header and the members tabs together stay near 100 px,
 * so her writing keeps the screen. Every link is a 44 px target.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card">
      <div className="mx-auto flex max-w-page items-center justify-between gap-2 px-4 py-1 sm:px-gutter sm:py-2">
        <IntentPrefetchLink
          href="/"
          className="inline-flex min-h-11 shrink-0 items-center text-ink no-underline hover:text-accent"
          aria-label={`${site.name} ホーム`}
        >
          <span className="text-lg font-bold tracking-wide sm:text-xl">{site.name}</span>
          <span className="ml-2 hidden text-sm text-muted sm:inline">{site.nameReading}</span>
        </IntentPrefetchLink>
        <nav aria-label="メインメニュー">
          <ul className="flex items-center gap-0.5 text-[0.95rem] sm:gap-2">
            <li>
              <IntentPrefetchLink href="/#articles" className={NAV_LINK}>
                記事
              </IntentPrefetchLink>
            </li>
            <li>
              {/* Not prefetched: every members page is rendered per request behind the session
                  check, so a prefetch brings only its frame, and costs each reader of an article
                  two requests she may never use (issue 17: reading pages within 300 KiB). */}
              <Link href="/members" prefetch={false} className={NAV_LINK}>
                メンバー
              </Link>
            </li>
            <li>
              <AccountMenu />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
