import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import {
  READING_BOLD_CHARACTERS_FILE,
  READING_CHARACTERS_FILE,
  WEB_FONT_CHARACTERS_FILE,
  WEB_FONT_FAMILY,
} from "@/lib/content/web-font";
import {
  ARTICLE_HEADINGS,
  ARTICLE_SLUG,
  ARTICLE_TITLE,
  articleSourceLead,
  articleSourceLines,
} from "../support/article-source";
import { signInAs } from "./support/members";

const ARTICLE = `/articles/${ARTICLE_SLUG}`;
// tests/e2e/fixtures/articles/members-only-fixture.md, served only because playwright.config.ts
// adds its folder to ARTICLES_DIR.
const MEMBERS_ARTICLE = "/articles/members/members-only-fixture";
const MEMBERS_BODY = "MEMBERS-ONLY-BODY";

/** The article's text as a reader sees it: each paragraph and heading, lines split at <br>. */
async function articleText(page: Page): Promise<string[]> {
  return page
    .locator(".article-prose")
    .evaluateAll((blocks) =>
      blocks.flatMap((block) =>
        [...block.querySelectorAll(":scope > p, :scope > h2")].flatMap((element) =>
          (element as HTMLElement).innerText.split("\n").map((line) => line.trim()),
        ),
      ),
    );
}

test.describe("the first article", () => {
  test("serves every line of the author's text, with its title and headings", async ({ page }) => {
    const response = await page.goto(ARTICLE);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_TITLE);
    expect(await articleText(page)).toEqual(articleSourceLines());
    await expect(page.locator(".article-body > h2")).toHaveText(ARTICLE_HEADINGS);
    await expect(page.locator(".article-lead > p")).toHaveText(articleSourceLead());

    // The closing paragraph keeps its line break and ends the article text.
    expect(await page.locator(".article-body > p").last().innerText()).toBe(
      "会社員という働き方をベースにしながら、自分らしくキャリアを重ねていくための\nヒントになればうれしいです。",
    );
    // Lines that are not article text: the LINE call to action and the pingbacks.
    await expect(page.getByText("38分のプレミアム動画")).toHaveCount(0);
    await expect(page.getByText("[…]")).toHaveCount(0);

    await expect(page.locator("article time").first()).toHaveText("2026年11月25日");
    await expect(page.locator("article header")).toContainText(/約\d+分で読めます/);
    await expect(page.getByText("この記事を書いた人")).toBeVisible();
  });

  test("has a table of contents whose links reach their sections", async ({ page }) => {
    await page.goto(ARTICLE);
    const toc = page.getByRole("navigation", { name: "目次" });
    const links = toc.getByRole("link");
    await expect(links).toHaveText(ARTICLE_HEADINGS);
    for (const [index, heading] of ARTICLE_HEADINGS.entries()) {
      await links.nth(index).click();
      const target = page.getByRole("heading", { level: 2, name: heading, exact: true });
      const id = await target.getAttribute("id");
      expect(page.url()).toMatch(new RegExp(`#${id}$`));
      await expect(target).toBeInViewport();
    }
  });

  test("shows the survey as a chart with its four figures and its source", async ({ page }) => {
    await page.goto(ARTICLE);
    const figure = page.locator("figure.bar-chart");
    await expect(figure).toHaveCount(1);
    // Inside the section it illustrates.
    await expect(page.locator("#hoka-no-waamama-mo ~ figure.bar-chart")).toHaveCount(1);

    const chart = figure.getByRole("img");
    for (const value of ["50.6%", "49.7%", "44.2%", "18.5%"]) {
      await expect(figure.locator("svg text", { hasText: value })).toHaveCount(1);
      await expect(chart).toHaveAccessibleName(new RegExp(value.replace(".", "\\.")));
    }
    await expect(figure.locator("figcaption")).toContainText(
      "出典：ソニー生命「女性の活躍に関する意識調査」（2022年）",
    );
    // Longer values draw longer bars.
    const widths = await figure
      .locator("rect.fill-accent, rect.fill-sage")
      .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(widths).toHaveLength(4);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
  });

  test("invites to the free membership and to reflect on each prompt", async ({ page }) => {
    await page.goto(ARTICLE);
    const invitation = page.getByRole("region", { name: /書きながら/ });
    await expect(invitation.getByRole("link", { name: "メールアドレスで無料登録する" })).toHaveAttribute(
      "href",
      `/signin?callbackUrl=${encodeURIComponent(ARTICLE)}`,
    );
    const reflect = page.getByRole("link", { name: "この問いに答える" });
    await expect(reflect).toHaveCount(5);
    await expect(reflect.first()).toHaveAttribute("href", "/members/journal/new?prompt=nani-ga-daiji");
    await expect(reflect.first()).toHaveAccessibleDescription(/自分にとって何が大事か/);
    // The article names no related articles, so the block is absent.
    await expect(page.getByRole("heading", { name: "関連記事もあわせてどうぞ" })).toHaveCount(0);
  });

  test("a reflection link leads through sign-in to a new journal entry on its prompt", async ({
    page,
    context,
  }) => {
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: "この問いに答える" }).first().click();
    const signIn = new URL(page.url());
    expect(signIn.pathname).toBe("/signin");
    expect(signIn.searchParams.get("callbackUrl")).toBe("/members/journal/new?prompt=nani-ga-daiji");

    await signInAs(context, "reflect@example.jp");
    await page.goto(ARTICLE);
    await page.getByRole("link", { name: "この問いに答える" }).first().click();
    await expect(page).toHaveURL(/\/members\/journal\/new\?prompt=nani-ga-daiji$/);
    await expect(page.getByText("自分にとって何が大事か?いま思いつくことを").first()).toBeVisible();
  });

  test("an unknown article gives the Japanese 404 page", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  });
});

test.describe("findability", () => {
  test("the article page names the article in its metadata, Open Graph image and JSON-LD", async ({
    page,
    request,
  }) => {
    await page.goto(ARTICLE);
    await expect(page).toHaveTitle(`${ARTICLE_TITLE} | Sentaku`);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect(await meta('meta[name="description"]')).toContain("管理職");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
      new RegExp(`${ARTICLE}$`),
    );
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBe(1);
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[property="og:title"]')).toBe(ARTICLE_TITLE);
    expect(await meta('meta[property="og:image:alt"]')).toBe(ARTICLE_TITLE);
    expect(await meta('meta[property="article:published_time"]')).toBe("2026-11-25T00:00:00+09:00");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[name="twitter:title"]')).toBe(ARTICLE_TITLE);

    const imageUrl = new URL((await meta('meta[property="og:image"]')) ?? "");
    const image = await request.get(imageUrl.pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: ARTICLE_TITLE,
      datePublished: "2026-11-25T00:00:00+09:00",
      inLanguage: "ja",
      isAccessibleForFree: true,
    });
    expect(new URL(jsonLd.image[0]).pathname).toBe(imageUrl.pathname);
  });

  test("the feed is RSS 2.0 with the article, the sitemap lists the public pages", async ({
    page,
    request,
  }) => {
    const feed = await request.get("/feed.xml");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await feed.text();
    await page.goto("/");
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const text = (node: ParentNode, selector: string) => node.querySelector(selector)?.textContent ?? null;
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute("version"),
        channelTitle: text(doc, "channel > title"),
        items: [...doc.querySelectorAll("channel > item")].map((item) => ({
          title: text(item, "title"),
          link: text(item, "link"),
          pubDate: text(item, "pubDate"),
        })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed).toMatchObject({ root: "rss", version: "2.0", channelTitle: "Sentaku" });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]?.title).toBe(ARTICLE_TITLE);
    expect(parsed.items[0]?.link).toMatch(new RegExp(`${ARTICLE}$`));
    expect(parsed.items[0]?.pubDate).toBe("Wed, 25 Nov 2026 00:00:00 +0900");

    const sitemap = await (await request.get("/sitemap.xml")).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? "").pathname,
    );
    expect(locs).toEqual(["/", ARTICLE]);

    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
    expect(robots).toContain("Disallow: /members");
  });
});

test.describe("members-only articles", () => {
  test("a visitor gets the lead and a way to sign in, never the body", async ({ page, request }) => {
    const response = await request.get(MEMBERS_ARTICLE);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("この段落はリードです。");
    expect(html).not.toContain(MEMBERS_BODY);
    expect(html).not.toContain("メンバーだけが読める章");

    await page.goto(MEMBERS_ARTICLE);
    await expect(page.getByRole("link", { name: "ログインして続きを読む" })).toHaveAttribute(
      "href",
      `/signin?callbackUrl=${encodeURIComponent(MEMBERS_ARTICLE)}`,
    );
    // Its slug alone leads to the members-only address.
    await page.goto("/articles/members-only-fixture");
    expect(new URL(page.url()).pathname).toBe(MEMBERS_ARTICLE);
    // Nor is it in the feed or the sitemap.
    expect(await (await request.get("/feed.xml")).text()).not.toContain("members-only-fixture");
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain("members-only-fixture");
  });

  test("a signed-in member gets the whole article", async ({ page, context }) => {
    await signInAs(context, "reader@example.jp");
    const html = await (await page.request.get(MEMBERS_ARTICLE)).text();
    expect(html).toContain(MEMBERS_BODY);
    await page.goto(MEMBERS_ARTICLE);
    await expect(page.getByRole("heading", { level: 2, name: "メンバーだけが読める章" })).toBeVisible();
    await expect(page.getByRole("link", { name: "ログインして続きを読む" })).toHaveCount(0);
  });
});

const fontCharacters = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8").trim();

/**
 * The load status of the faces of the web font (app/fonts/web-fonts.ts) that a reading page should
 * never fetch: the members faces (one a weight) and the bold of the reading characters the reading
 * pages do not draw in bold. Faces are told apart by a character of their unicode-range.
 */
async function unneededFaceStatuses(page: Page): Promise<{ members: string[]; readingRest: string[] }> {
  const reading = fontCharacters(READING_CHARACTERS_FILE);
  const bold = fontCharacters(READING_BOLD_CHARACTERS_FILE);
  const membersSample = [...fontCharacters(WEB_FONT_CHARACTERS_FILE)].find((c) => !reading.includes(c)) ?? "";
  const restSample = [...reading].find((c) => !bold.includes(c)) ?? "";
  return page.evaluate(
    async ({ family, membersSample, restSample }) => {
      await document.fonts.ready;
      const covers = (face: FontFace, character: string) => {
        const code = character.codePointAt(0) ?? 0;
        return face.unicodeRange.split(",").some((part) => {
          const [from, to] = part
            .trim()
            .replace(/^U\+/i, "")
            .split("-")
            .map((hex) => parseInt(hex, 16));
          return from !== undefined && code >= from && code <= (to ?? from);
        });
      };
      const faces = [...document.fonts].filter((face) => face.family.replaceAll(/["']/g, "") === family);
      const statuses = (character: string, weight?: string) =>
        faces
          .filter((face) => covers(face, character) && (weight === undefined || face.weight === weight))
          .sort((a, b) => a.weight.localeCompare(b.weight))
          .map((face) => face.status);
      return { members: statuses(membersSample), readingRest: statuses(restSample, "700") };
    },
    { family: WEB_FONT_FAMILY, membersSample, restSample },
  );
}

/** Every character the page draws in bold (700, or 600 which a browser draws with the 700 face). */
async function boldCharacters(page: Page, except?: string): Promise<string[]> {
  return page.evaluate(async (except) => {
    await document.fonts.ready;
    const characters = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !element.checkVisibility() || (except && element.closest(except))) continue;
      if (Number(getComputedStyle(element).fontWeight) < 600) continue;
      for (const character of (node.textContent ?? "").replace(/\s/g, "")) characters.add(character);
    }
    return [...characters];
  }, except);
}

test.describe("weight", () => {
  test("an article fetches no page ahead until its reader points at a link", async ({ page }) => {
    // Issue 17: every speculative fetch counts against the reading pages' 300 KiB. The members
    // area and sign-in are rendered per request, so prefetching them brings little; the home page
    // is fetched ahead on intent (components/intent-prefetch-link.tsx).
    const ahead: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has("_rsc")) ahead.push(url.pathname);
    });
    await page.goto(ARTICLE);
    await page.waitForLoadState("networkidle");
    expect(ahead).toEqual([]);
    await page.getByRole("link", { name: "記事", exact: true }).hover();
    await expect.poll(() => ahead).toContain("/");
    expect(ahead.filter((path) => path !== "/")).toEqual([]);
  });
});

test.describe("Japanese typography", () => {
  test("the article fetches only the reading faces of the web font", async ({ page }) => {
    await page.goto(ARTICLE);
    // Regular text uses the 400 reading face, and all of its bold is in the small bold face.
    const bold = fontCharacters(READING_BOLD_CHARACTERS_FILE);
    expect((await boldCharacters(page)).filter((character) => !bold.includes(character))).toEqual([]);
    expect(await unneededFaceStatuses(page)).toEqual({
      members: ["unloaded", "unloaded"],
      readingRest: ["unloaded"],
    });
  });

  test("the home page draws in bold only what the small bold face holds", async ({ page }) => {
    await page.goto("/");
    // The test-only members article's card is left out: its title is no source of the fonts, and
    // its テ, drawn bold, makes the browser fetch the "reading-rest" face here (never in production).
    const fixtureCard = `article:has(a[href="${MEMBERS_ARTICLE}"])`;
    await expect(page.locator(fixtureCard)).toHaveCount(1);
    const bold = fontCharacters(READING_BOLD_CHARACTERS_FILE);
    expect(
      (await boldCharacters(page, fixtureCard)).filter((character) => !bold.includes(character)),
    ).toEqual([]);
    expect((await unneededFaceStatuses(page)).members).toEqual(["unloaded", "unloaded"]);
  });

  test("a members page fetches the members faces for its own characters", async ({ page, context }) => {
    await signInAs(context, "typography@example.jp");
    await page.goto("/members/account");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await unneededFaceStatuses(page)).members).toContain("loaded");
  });

  for (const width of [390, 1280]) {
    test(`the article renders in Noto Sans JP at ${width} px (screenshot)`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      const text = await page.locator("article").innerText();
      // The reading pages load the reading faces (scripts/build-web-font.ts): every character of
      // the article must be in the reading subset, or it would fall back to a system font (or tofu).
      const subset = new Set(readFileSync(path.join(process.cwd(), READING_CHARACTERS_FILE), "utf8"));
      expect([...new Set(text.replace(/\s/g, ""))].filter((char) => !subset.has(char))).toEqual([]);
      const { family, loadedWeights } = await page.evaluate(async (webFont) => {
        await document.fonts.ready;
        const paragraph = document.querySelector(".article-prose p");
        return {
          family: paragraph ? getComputedStyle(paragraph).fontFamily.replaceAll(/["']/g, "") : "",
          loadedWeights: [...document.fonts]
            .filter((face) => face.family.replaceAll(/["']/g, "") === webFont && face.status === "loaded")
            .map((face) => face.weight)
            .sort(),
        };
      }, WEB_FONT_FAMILY);
      // The paragraph's first family is the one every face of the web font is declared in.
      expect(family.split(",")[0]?.trim()).toBe(WEB_FONT_FAMILY);
      // One face a weight: the regular reading face and the small bold one.
      expect(loadedWeights).toEqual(["400", "700"]);
      // The members faces hold none of this page's characters, so they are never fetched here.
      expect((await unneededFaceStatuses(page)).members).toEqual(["unloaded", "unloaded"]);

      // No sideways scrolling, and a desktop line holds about 35–40 full-width characters.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width >= 1024) {
        const perLine = await page.locator(".article-prose > p").evaluateAll((paragraphs) =>
          paragraphs.map((p) => {
            const style = getComputedStyle(p);
            return p.clientWidth / (parseFloat(style.fontSize) + parseFloat(style.letterSpacing));
          }),
        );
        expect(Math.min(...perLine)).toBeGreaterThanOrEqual(35);
        expect(Math.max(...perLine)).toBeLessThanOrEqual(40);
      }

      await page.screenshot({ fullPage: true, path: testInfo.outputPath(`article-${width}.png`) });
    });
  }
});

test("the home page lists the article and invites to the membership", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sentaku");
  const list = page.getByRole("region", { name: "記事", exact: true });
  const card = list.getByRole("article").filter({ hasText: ARTICLE_TITLE });
  await expect(card.getByRole("link", { name: ARTICLE_TITLE })).toHaveAttribute("href", ARTICLE);
  await expect(card).toContainText("2026年11月25日");
  await expect(card).toContainText(/約\d+分で読めます/);
  await expect(page.getByRole("link", { name: "メールアドレスで無料登録する" })).toBeVisible();
});
