import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = {
  // Sign-in pages carry tokens and addresses in their URLs; none belongs in a search index.
  robots: { index: false, follow: false },
  // No Referer (with its token) to other sites. Not "no-referrer": that would also blank the
  // Origin header of the confirmation form, which the callback checks.
  referrer: "same-origin",
};

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request so that each page gets this request's CSP nonce (see proxy.ts).
  await connection();
  return <div className="mx-auto max-w-measure px-gutter py-section">{children}</div>;
}
