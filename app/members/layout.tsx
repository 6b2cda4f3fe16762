import type { Metadata } from "next";
import { MembersNav } from "@/components/members/members-nav";
import { QueryProvider } from "@/components/query-provider";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "メンバー", template: "%s | Sentaku メンバー" },
  // Nothing behind sign-in belongs in a search index.
  robots: { index: false, follow: false },
};

export default async function MembersLayout({ children }: { children: React.ReactNode }) {
  // The layout does not redirect: it cannot know which page was asked for, and a redirect from
  // here would lose the way back. Every page, action and route handler below calls requireUser()
  // with its own address; signed out, the page's redirect is what she meets.
  const user = await getCurrentUser();
  return (
    <>
      {user ? <MembersNav /> : null}
      <QueryProvider>{children}</QueryProvider>
    </>
  );
}
