import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { site } from "@/lib/site";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="border-b border-line bg-card">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-gutter py-3">
        <Link href="/" className="text-ink no-underline hover:text-accent" aria-label={`${site.name} ホーム`}>
          <span className="text-xl font-bold tracking-wide">{site.name}</span>
          <span className="ml-2 text-sm text-muted">{site.nameReading}</span>
        </Link>
        <nav aria-label="メインメニュー">
          <ul className="flex items-center gap-5 text-[0.95rem]">
            <li>
              <Link href="/#articles" className="text-ink no-underline hover:underline">
                記事
              </Link>
            </li>
            <li>
              <Link href="/members" className="text-ink no-underline hover:underline">
                メンバー
              </Link>
            </li>
            {children}
            <li>
              <AccountMenu />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
