// @vitest-environment jsdom
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles, parseArticle } from "@/lib/content/articles";
import { formatJapaneseDate } from "@/lib/dates";
import { parseSettings } from "@/lib/env";
import { ArticleContentError } from "@/lib/content/front-matter";
import { renderMarkdown } from "@/lib/content/markdown";
import { phrases } from "@/lib/content/phrases";
import { readingMinutes } from "@/lib/content/reading-time";
import {
  ARTICLE_HEADINGS,
  ARTICLE_SLUG,
  ARTICLE_SOURCE_FILE,
  ARTICLE_TITLE,
  articleSourceLead,
  articleSourceLines,
} from "../support/article-source";

const ARTICLE_FILE = `content/articles/${ARTICLE_SLUG}.md`;
const article = parseArticle(ARTICLE_FILE, readFileSync(ARTICLE_FILE, "utf8"));

function fragment(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, "text/html").body;
}

/** Paragraph and heading texts of rendered HTML, in order, split at <br> as a reader sees them. */
function readerLines(html: string): string[] {
  const blocks = [...fragment(html).children].filter((element) => ["P", "H2"].includes(element.tagName));
  return blocks.flatMap((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const br of copy.querySelectorAll("br")) br.replaceWith("\u2028");
    // Newlines in the HTML source are white space a browser collapses; only <br> breaks a line.
    return (copy.textContent ?? "")
      .replaceAll("\n", "")
      .split("\u2028")
      .map((line) => line.trim());
  });
}

describe("the first article's content file", () => {
  it("is the author's text: every line of the source, in order, and nothing else", () => {
    expect(readerLines(article.leadHtml + article.bodyHtml)).toEqual(articleSourceLines());
    expect(readerLines(article.leadHtml)).toEqual(articleSourceLead());
  });

  it("has the title from NOTES.md and the six headings as the table of contents", () => {
    expect(article.title).toBe(ARTICLE_TITLE);
    expect(article.toc.map((entry) => entry.text)).toEqual(ARTICLE_HEADINGS);
    expect(new Set(article.toc.map((entry) => entry.id)).size).toBe(6);
    const ids = [...fragment(article.bodyHtml).querySelectorAll("h2")].map((h2) => h2.id);
    expect(ids).toEqual(article.toc.map((entry) => entry.id));
  });

  it("ties the catalogue's prompts for this article to it", () => {
    expect(article.promptIds).toHaveLength(5);
    expect(article.promptIds[0]).toBe("nani-ga-daiji");
  });

  it("draws the survey as a chart inside section 2, with the four figures and the source", () => {
    const body = fragment(article.bodyHtml);
    const figures = body.querySelectorAll("figure");
    expect(figures).toHaveLength(1);
    const figure = figures[0];
    if (!figure) throw new Error("no figure");
    let heading = figure.previousElementSibling;
    while (heading && heading.tagName !== "H2") heading = heading.previousElementSibling;
    expect(heading?.textContent).toBe(ARTICLE_HEADINGS[1]);

    const svg = figure.querySelector("svg");
    expect(svg?.getAttribute("role")).toBe("img");
    const label = (svg?.getAttribute("aria-labelledby") ?? "")
      .split(" ")
      .map((id) => figure.querySelector(`[id="${id}"]`)?.textContent)
      .join(" ");
    const values = [...figure.querySelectorAll("svg text")].map((text) => text.textContent);
    for (const figureText of ["50.6%", "49.7%", "44.2%", "18.5%"]) {
      expect(values).toContain(figureText);
      expect(label).toContain(figureText);
    }
    expect(label).toContain("子どもがいる女性 44.2%");
    expect(label).toContain("子どもがいない女性 18.5%");
    expect(figure.querySelector("figcaption cite")?.textContent).toBe(
      "ソニー生命「女性の活躍に関する意識調査」（2022年）",
    );
    // Bars are drawn against the whole 0–100% scale.
    const widths = [...figure.querySelectorAll("rect.fill-accent, rect.fill-sage")].map((rect) =>
      rect.getAttribute("width"),
    );
    expect(widths).toEqual(["50.60%", "49.70%", "44.20%", "18.50%"]);
  });

  it("estimates reading time from characters (about 500 a minute)", () => {
    const characters = articleSourceLines().join("").length;
    expect(article.readingMinutes).toBe(Math.round(characters / 500));
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1249)).toBe(2);
    expect(readingMinutes(1250)).toBe(3);
  });

  it("keeps the test copy of the source identical to the shared original", () => {
    const shared = path.resolve("../shared/content/article-source.txt");
    if (!existsSync(shared)) return; // A clone without the shared folder has only the copy.
    expect(readFileSync(ARTICLE_SOURCE_FILE, "utf8")).toBe(readFileSync(shared, "utf8"));
  });
});

describe("the Markdown pipeline", () => {
  it("splits the lead from the body at the first h2 and gives headings stable anchors", () => {
    const rendered = renderMarkdown(
      "リード。\n\n## 見出し {#midashi}\n\n本文。\n\n## もう一つ\n\n本文。\n",
      "x.md",
    );
    expect(rendered.leadHtml.trim()).toBe("<p>リード。</p>");
    expect(rendered.bodyHtml).not.toContain("リード");
    expect(rendered.toc).toEqual([
      { id: "midashi", text: "見出し" },
      { id: "もう一つ", text: "もう一つ" },
    ]);
  });

  it("lets headings break only between phrases", () => {
    const { bodyHtml } = renderMarkdown("## 実際に昇進を断った理由|私の選択とその後\n\n本文\n", "x.md");
    expect(bodyHtml).toContain("実際に<wbr>昇進を<wbr>断った<wbr>");
    expect(bodyHtml).not.toContain("本<wbr>");
    // A separator stays at the end of a line, never at the start of the next.
    expect(
      phrases("管理職=キャリアアップだけじゃない|他のワーママも悩んでる").some((p) => p.startsWith("|")),
    ).toBe(false);
    expect(phrases("管理職=キャリアアップだけじゃない|他のワーママも悩んでる").join("")).toBe(
      "管理職=キャリアアップだけじゃない|他のワーママも悩んでる",
    );
  });

  it("refuses a broken chart block, naming the file", () => {
    expect(() => renderMarkdown("```chart\n{ not json\n```\n", "content/articles/x.md")).toThrow(
      /content\/articles\/x\.md: chart block at line 1 is not valid JSON/,
    );
    const missingSource = JSON.stringify({ title: "t", groups: [{ label: "a", bars: [{ value: 1 }] }] });
    expect(() => renderMarkdown(`\`\`\`chart\n${missingSource}\n\`\`\`\n`, "x.md")).toThrow(
      ArticleContentError,
    );
    expect(() => renderMarkdown(`\`\`\`chart\n${missingSource}\n\`\`\`\n`, "x.md")).toThrow(/field "source"/);
  });

  it("refuses an anchor used twice", () => {
    expect(() => renderMarkdown("## A {#same}\n\n## B {#same}\n", "x.md")).toThrow(/"#same" is used twice/);
  });

  it("leaves other code blocks alone", () => {
    expect(renderMarkdown("```js\nconst a = 1;\n```\n", "x.md").leadHtml).toContain(
      '<code class="language-js">',
    );
  });
});

describe("members-only articles", () => {
  const withFixtures = ["content/articles", "tests/e2e/fixtures/articles"].join(path.delimiter);

  it("keep their body out of the lead, which is all a visitor is given", () => {
    const articles = loadArticles(parseSettings({ ARTICLES_DIR: withFixtures }).articleDirs);
    const membersOnly = articles.find((entry) => entry.membersOnly);
    expect(membersOnly?.leadHtml).toContain("この段落はリードです。");
    expect(membersOnly?.leadHtml).not.toContain("MEMBERS-ONLY-BODY");
    expect(membersOnly?.bodyHtml).toContain("MEMBERS-ONLY-BODY");
  });

  it("are read from the test folder only when ARTICLES_DIR names it", () => {
    expect(loadArticles(parseSettings({}).articleDirs).some((entry) => entry.membersOnly)).toBe(false);
  });
});

describe("dates", () => {
  it("are written in Japanese", () => {
    expect(formatJapaneseDate("2026-11-25")).toBe("2026年11月25日");
    expect(formatJapaneseDate("2027-01-01")).toBe("2027年1月1日");
  });
});
