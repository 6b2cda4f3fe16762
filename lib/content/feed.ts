import { parseDay } from "@/lib/dates";
import type { SiteSettings } from "@/lib/site";
import type { ArticleSummary } from "./articles";
import { articlePath } from "./links";

export type FeedArticle = ArticleSummary;

function escapeXml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An article's day as RFC 822 requires it for RSS 2.0: "Wed, 25 Nov 2026 00:00:00 +0900". */
export function rssDate(day: string): string {
  const { year, month, date } = parseDay(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${String(date).padStart(2, "0")} ${MONTHS[month - 1]} ${year} 00:00:00 +0900`;
}

/**
 * The RSS 2.0 feed. Members-only articles never enter it, whatever the caller passes: a feed
 * reader is nobody's session.
 */
export function rssFeed(articles: readonly FeedArticle[], site: SiteSettings): string {
  const items = articles.filter((article) => !article.membersOnly);
  const latest = items.reduce<string | null>((max, article) => {
    const day = article.updatedAt ?? article.publishedAt;
    return max === null || day > max ? day : max;
  }, null);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">`,
    `<channel>`,
    `<title>${escapeXml(site.name)}</title>`,
    `<link>${escapeXml(`${site.url}/`)}</link>`,
    `<description>${escapeXml(site.description)}</description>`,
    `<language>ja</language>`,
    `<atom:link href="${escapeXml(`${site.url}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...(latest ? [`<lastBuildDate>${rssDate(latest)}</lastBuildDate>`] : []),
    ...items.map((article) => {
      const url = `${site.url}${articlePath(article)}`;
      return [
        `<item>`,
        `<title>${escapeXml(article.title)}</title>`,
        `<link>${escapeXml(url)}</link>`,
        `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `<pubDate>${rssDate(article.publishedAt)}</pubDate>`,
        `<description>${escapeXml(article.description)}</description>`,
        ...article.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
        `</item>`,
      ].join("\n");
    }),
    `</channel>`,
    `</rss>`,
  ];
  return `${lines.join("\n")}\n`;
}
