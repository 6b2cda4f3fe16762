import { listPublicArticles } from "@/lib/content/articles";
import { rssFeed } from "@/lib/content/feed";
import { site } from "@/lib/site";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(rssFeed(listPublicArticles(), site), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
