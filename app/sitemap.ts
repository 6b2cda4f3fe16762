import type { MetadataRoute } from "next";
import { listPublicArticles } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/links";
import { site } from "@/lib/site";

/** The public pages only: members-only articles and members pages are never listed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = listPublicArticles();
  const latest = articles
    .map((article) => article.updatedAt ?? article.publishedAt)
    .sort()
    .at(-1);
  return [
    {
      url: `${site.url}/`,
      ...(latest ? { lastModified: latest } : {}),
      changeFrequency: "weekly",
      priority: 1,
    },
    ...articles.map((article) => ({
      url: `${site.url}${articlePath(article)}`,
      lastModified: article.updatedAt ?? article.publishedAt,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
