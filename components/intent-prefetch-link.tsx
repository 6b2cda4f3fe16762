"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link to a static page that is fetched ahead only when she points at it or touches it, not
 * when it scrolls into view. The header is on every article: prefetching the home page there cost
 * every reader two requests and 6 KiB (issue 17: reading pages within 300 KiB) for a link few follow,
 * while a touch still starts the fetch about 100 ms before the click.
 */
export function IntentPrefetchLink({
  href,
  onMouseEnter,
  onTouchStart,
  ...rest
}: ComponentProps<typeof Link> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      {...rest}
    />
  );
}
