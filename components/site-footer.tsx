import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  const year = new Date().getFullYear();
  return (
    <footer className="mt-section border-t border-line bg-card">
      <div className="mx-auto flex max-w-page flex-col gap-3 px-gutter py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>{site.tagline}</p>
        <nav aria-label="フッターメニュー">
          <ul className="flex flex-wrap gap-4">
            <li>
              {/* A feed, not a page: the browser opens it, the router has nothing to render. */}
              <a href="/feed.xml">RSS</a>
            </li>
            <li>
              {/* Not prefetched, like the header's: members pages are rendered per request. */}
              <Link href="/members" prefetch={false}>
                メンバー
              </Link>
            </li>
            {site.lineUrl ? (
              <li>
                <a href={site.lineUrl} rel="noopener noreferrer">
                  LINE 公式アカウント
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
        <p>
          <small>
            © {year} {site.name}
          </small>
        </p>
      </div>
    </footer>
  );
}
