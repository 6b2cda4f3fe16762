import { tokyoDayStartIso } from "@/lib/dates";
import type { SiteSettings } from "@/lib/site";
import type { ArticleSummary } from "./articles";
import { articlePath } from "./links";

/** schema.org BlogPosting for an article page. */
export function blogPostingJsonLd(article: ArticleSummary, site: SiteSettings, imageUrl: string) {
  const url = `${site.url}${articlePath(article)}`;
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    image: [imageUrl],
    datePublished: tokyoDayStartIso(article.publishedAt),
    dateModified: tokyoDayStartIso(article.updatedAt ?? article.publishedAt),
    inLanguage: "ja",
    keywords: article.tags,
    author: { "@type": "Person", name: site.author.name, description: site.author.bio },
    publisher: { "@type": "Organization", name: site.name, url: `${site.url}/` },
    isAccessibleForFree: !article.membersOnly,
    ...(article.membersOnly
      ? {
          hasPart: {
            "@type": "WebPageElement",
            isAccessibleForFree: false,
            cssSelector: ".article-members-only",
          },
        }
      : {}),
  };
}

/** JSON for a <script> element: "<" is escaped so that no text in it can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
