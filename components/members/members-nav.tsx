"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/members", label: "ホーム", exact: true },
  { href: "/members/journal", label: "ジャーナル", exact: false },
  { href: "/members/values", label: "価値観", exact: false },
  { href: "/members/insights", label: "ふりかえり", exact: false },
  { href: "/members/downloads", label: "ダウンロード", exact: false },
  { href: "/members/account", label: "アカウント", exact: false },
] as const;

export function MembersNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="メンバーメニュー" className="border-b border-line bg-card/60">
      <ul className="mx-auto flex max-w-2xl flex-wrap gap-x-1 gap-y-0.5 px-3 py-2 text-[0.95rem]">
        {LINKS.map((link) => {
          const current = link.exact ? pathname === link.href : pathname.startsWith(link.href);
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full px-3 no-underline transition-colors ${
                  current ? "bg-accent-soft font-bold text-accent-strong" : "text-ink hover:bg-accent-soft/60"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
