/**
 * Articles are Markdown files, content/articles/<slug>.md:
 *
 *   ---
 *   title: 記事のタイトル
 *   description: 一覧・フィード・検索結果に出る説明
 *   publishedAt: 2026-11-25        # a calendar day in Japan; updatedAt likewise, optional
 *   tags: [キャリア, 働き方]
 *   membersOnly: true              # optional: visitors then get the lead only
 *   prompts: [nani-ga-daiji]       # ids from content/prompts.json
 *   related: [another-slug]        # optional
 *   ---
 *   The lead: the paragraphs before the first "##".
 *   ## A section heading {#its-anchor}
 *   A ```chart block of JSON draws a bar chart (see bar-chart.ts).
 *
 * Every file is checked when the site is built; a problem stops the build and names the file
 * and the field.
 */
import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { settings } from "@/lib/env";
import { ArticleContentError, parseFrontMatter, SLUG_PATTERN } from "./front-matter";
import { renderMarkdown, type TocEntry } from "./markdown";
import { getPrompt } from "./prompts";
import { readingMinutes } from "./reading-time";

export interface Article {
  slug: string;
  /** The source file, relative to the project, for error messages. */
  file: string;
  title: string;
  description: string;
  /** Calendar days in Japan, YYYY-MM-DD. */
  publishedAt: string;
  updatedAt: string | null;
  tags: string[];
  membersOnly: boolean;
  promptIds: string[];
  related: string[];
  leadHtml: string;
  /** Members only when `membersOnly`: never hand it to a page rendered for a visitor. */
  bodyHtml: string;
  toc: TocEntry[];
  readingMinutes: number;
}

/** What the feed and the JSON-LD need to know of an article. */
export type ArticleSummary = Pick<
  Article,
  "slug" | "title" | "description" | "publishedAt" | "updatedAt" | "tags" | "membersOnly"
>;

/**
 * YAML reads an unquoted 2026-13-01 as a valid date (2027-01-01). Dates are checked as written:
 * each Date value is replaced by its text in the front matter.
 */
function datesAsWritten(data: Record<string, unknown>, yaml: string): Record<string, unknown> {
  const result = { ...data };
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const name = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const written = new RegExp(`^${name}:\\s*["']?([^"'\\s#]+)`, "m").exec(yaml)?.[1];
    if (written) result[key] = written;
  }
  return result;
}

/** Parses one article file. `file` is the name used in error messages. */
export function parseArticle(file: string, raw: string): Article {
  const slug = path.basename(file, ".md");
  if (!SLUG_PATTERN.test(slug)) {
    throw new ArticleContentError(
      file,
      null,
      "the file name must be a slug (lowercase letters, digits, hyphens)",
    );
  }
  if (slug === "members") {
    throw new ArticleContentError(
      file,
      null,
      'the slug "members" is taken by the members-only articles\' route',
    );
  }
  if (!raw.startsWith("---")) throw new ArticleContentError(file, null, "has no front matter (--- block)");
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object keeps gray-matter from returning a cached, shared result.
    parsed = matter(raw, {});
  } catch (error) {
    throw new ArticleContentError(file, null, `front matter is not valid YAML: ${String(error)}`);
  }
  const front = parseFrontMatter(file, datesAsWritten(parsed.data, parsed.matter));
  const rendered = renderMarkdown(parsed.content, file);
  return {
    slug,
    file,
    title: front.title,
    description: front.description,
    publishedAt: front.publishedAt,
    updatedAt: front.updatedAt ?? null,
    tags: front.tags,
    membersOnly: front.membersOnly,
    promptIds: front.prompts,
    related: front.related,
    leadHtml: rendered.leadHtml,
    bodyHtml: rendered.bodyHtml,
    toc: rendered.toc,
    readingMinutes: readingMinutes(rendered.characters),
  };
}

/** Checks what one file cannot check alone: prompt ids and related slugs. */
function checkReferences(articles: readonly Article[]): void {
  const slugs = new Map<string, string>();
  for (const article of articles) {
    const other = slugs.get(article.slug);
    if (other) throw new ArticleContentError(article.file, null, `has the same slug as ${other}`);
    slugs.set(article.slug, article.file);
  }
  for (const article of articles) {
    article.promptIds.forEach((id, index) => {
      const prompt = getPrompt(id);
      if (!prompt) {
        throw new ArticleContentError(
          article.file,
          `prompts[${index}]`,
          `names no prompt in content/prompts.json ("${id}")`,
        );
      }
      if (prompt.articleSlug !== null && prompt.articleSlug !== article.slug) {
        throw new ArticleContentError(
          article.file,
          `prompts[${index}]`,
          `names the prompt "${id}", which belongs to the article "${prompt.articleSlug}"`,
        );
      }
    });
    article.related.forEach((slug, index) => {
      if (slug === article.slug || !slugs.has(slug)) {
        throw new ArticleContentError(
          article.file,
          `related[${index}]`,
          `names no other article ("${slug}")`,
        );
      }
    });
  }
}

/** Reads and validates every article in `directories`, newest first. Throws on the first problem. */
export function loadArticles(directories: readonly string[]): Article[] {
  const articles: Article[] = [];
  for (const directory of directories) {
    const names = readdirSync(directory).filter((name) => name.endsWith(".md"));
    for (const name of names.sort()) {
      const absolute = path.join(directory, name);
      articles.push(parseArticle(path.relative(process.cwd(), absolute), readFileSync(absolute, "utf8")));
    }
  }
  checkReferences(articles);
  return articles.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
}

let cache: Article[] | undefined;

/**
 * Every article, members-only ones included, from the folders ARTICLES_DIR names (end-to-end runs
 * add a folder of test-only articles; static pages built without it never list them, and the
 * server finds them when asked for one by its slug). Read once per server process in production.
 */
export function listArticles(): Article[] {
  if (cache) return cache;
  const env = settings();
  const articles = loadArticles(env.articleDirs);
  if (env.production) cache = articles;
  return articles;
}

/** Articles anyone may read in full: the ones for the feed, the sitemap and static pages. */
export function listPublicArticles(): Article[] {
  return listArticles().filter((article) => !article.membersOnly);
}

export function getArticle(slug: string): Article | undefined {
  return listArticles().find((article) => article.slug === slug);
}
