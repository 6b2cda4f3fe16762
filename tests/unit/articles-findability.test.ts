// @vitest-environment jsdom
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import robots from "@/app/robots";
import { rssDate, rssFeed, type FeedArticle } from "@/lib/content/feed";
import { blogPostingJsonLd, serializeJsonLd } from "@/lib/content/json-ld";
import { ogFonts } from "@/lib/content/og-image";
import { parseSettings } from "@/lib/env";
import { siteSettings } from "@/lib/site";

const site = siteSettings(parseSettings({ SITE_URL: "https://sentaku.example/" }));

const publicArticle: FeedArticle = {
  slug: "kanrishoku-wo-kotowatta",
  title: "管理職を断った <私> & 未来",
  description: "説明 \"引用\" 'です'",
  publishedAt: "2026-11-25",
  updatedAt: null,
  tags: ["キャリア", "働き方"],
  membersOnly: false,
};
const membersArticle: FeedArticle = { ...publicArticle, slug: "secret", title: "限定", membersOnly: true };

function parseXml(xml: string): XMLDocument {
  const parsed = new DOMParser().parseFromString(xml, "application/xml");
  expect(parsed.querySelector("parsererror")).toBeNull();
  return parsed;
}

describe("the RSS feed", () => {
  it("is well-formed RSS 2.0 with the public articles, escaped", () => {
    const document = parseXml(rssFeed([publicArticle], site));
    expect(document.documentElement.nodeName).toBe("rss");
    expect(document.documentElement.getAttribute("version")).toBe("2.0");
    const channel = document.querySelector("channel");
    expect(channel?.querySelector(":scope > title")?.textContent).toBe("Sentaku");
    expect(channel?.querySelector(":scope > link")?.textContent).toBe("https://sentaku.example/");
    expect(channel?.querySelector(":scope > language")?.textContent).toBe("ja");
    const items = document.querySelectorAll("item");
    expect(items).toHaveLength(1);
    const item = items[0];
    expect(item?.querySelector("title")?.textContent).toBe(publicArticle.title);
    expect(item?.querySelector("description")?.textContent).toBe(publicArticle.description);
    expect(item?.querySelector("link")?.textContent).toBe(
      "https://sentaku.example/articles/kanrishoku-wo-kotowatta",
    );
    expect(item?.querySelector("guid")?.getAttribute("isPermaLink")).toBe("true");
    expect(item?.querySelector("pubDate")?.textContent).toBe("Wed, 25 Nov 2026 00:00:00 +0900");
    expect([...(item?.querySelectorAll("category") ?? [])].map((c) => c.textContent)).toEqual(
      publicArticle.tags,
    );
  });

  it("never carries a members-only article, whatever it is given", () => {
    const xml = rssFeed([membersArticle, publicArticle], site);
    expect(parseXml(xml).querySelectorAll("item")).toHaveLength(1);
    expect(xml).not.toContain("secret");
  });

  it("writes RFC 822 dates in Japan's time zone", () => {
    expect(rssDate("2026-01-01")).toBe("Thu, 01 Jan 2026 00:00:00 +0900");
    expect(new Date(rssDate("2026-11-25")).toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });
});

describe("the sitemap and robots.txt", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("lists the home page and every public article, and no members-only one", async () => {
    // The end-to-end folder holds a members-only article: the sitemap must leave it out. The
    // environment is read once per module instance, so the modules are loaded afresh with it.
    vi.resetModules();
    vi.stubEnv("ARTICLES_DIR", ["content/articles", "tests/e2e/fixtures/articles"].join(path.delimiter));
    const { listArticles } = await import("@/lib/content/articles");
    const { default: sitemap } = await import("@/app/sitemap");
    expect(listArticles().some((article) => article.membersOnly)).toBe(true);
    const paths = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(paths).toEqual(["/", "/articles/kanrishoku-wo-kotowatta"]);
    // Loading the Markdown renderer afresh takes seconds on a busy machine.
  }, 30_000);

  it("points crawlers to the sitemap and away from the members area", () => {
    const rules = robots();
    expect(String(rules.sitemap)).toMatch(/\/sitemap\.xml$/);
    expect(JSON.stringify(rules.rules)).toContain("/members");
  });
});

describe("JSON-LD", () => {
  it("describes the article as a BlogPosting", () => {
    const data = blogPostingJsonLd(publicArticle, site, "https://sentaku.example/img.png");
    expect(data).toMatchObject({
      "@type": "BlogPosting",
      headline: publicArticle.title,
      datePublished: "2026-11-25T00:00:00+09:00",
      url: "https://sentaku.example/articles/kanrishoku-wo-kotowatta",
      isAccessibleForFree: true,
    });
    expect(blogPostingJsonLd(membersArticle, site, "x")).toMatchObject({
      url: "https://sentaku.example/articles/members/secret",
      isAccessibleForFree: false,
    });
  });

  it("cannot close its script element", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});

describe("Open Graph image fonts", () => {
  it("picks the self-hosted Noto Sans JP files that hold the text, per weight", () => {
    const { fonts, families } = ogFonts({ 700: "管理職を断った", 400: "2026年11月25日" });
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString("latin1")).toBe("wOFF");
    expect(families[700].split(", ")).toEqual(
      fonts.filter((f) => f.weight === 700).map((f) => `"${f.name}"`),
    );
    expect(families[400].split(", ")).toEqual(
      fonts.filter((f) => f.weight === 400).map((f) => `"${f.name}"`),
    );
  });

  it("loads only what the text needs", () => {
    const latin = ogFonts({ 700: "Sentaku", 400: "" });
    expect(latin.fonts.length).toBeLessThanOrEqual(2);
    expect(latin.families[400]).toBe("");
  });
});
