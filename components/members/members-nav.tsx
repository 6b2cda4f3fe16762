"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const LINKS = [
  { href: "/members", label: "ホーム", exact: true },
  { href: "/members/journal", label: "ジャーナル", exact: false },
  { href: "/members/values", label: "価値観", exact: false },
  { href: "/members/insights", label: "ふりかえり", exact: false },
  { href: "/members/downloads", label: "ダウンロード", exact: false },
  { href: "/members/account", label: "アカウント", exact: false },
] as const;

/**
 * The members sections in one row: on a phone it scrolls sideways instead of wrapping into a
 * second and third line, and the current section is scrolled into view.
 */
export function MembersNav() {
  const pathname = usePathname() ?? "";
  const currentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    currentLink.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label="メンバーメニュー" className="border-b border-line bg-card/60">
      <ul className="mx-auto flex max-w-2xl gap-1 overflow-x-auto px-3 py-1 text-[0.95rem] [scrollbar-width:thin]">
        {LINKS.map((link) => {
          const current = link.exact ? pathname === link.href : pathname.startsWith(link.href);
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                ref={current ? currentLink : undefined}
                className={`inline-flex min-h-11 items-center rounded-full px-3 whitespace-nowrap no-underline transition-colors ${
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
