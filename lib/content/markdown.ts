import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import type { Root as MdastRoot, Nodes as MdastNode } from "mdast";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";
import { barChartFigure, barChartSchema } from "./bar-chart";
import { ArticleContentError } from "./front-matter";
import { phrases } from "./phrases";
import { site } from "@/lib/site";

export interface TocEntry {
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  /** Everything before the first h2: what a visitor may read of a members-only article. */
  leadHtml: string;
  /** From the first h2 to the end. */
  bodyHtml: string;
  toc: TocEntry[];
  /** Characters of reading text (headings and paragraphs, no whitespace), for the reading time. */
  characters: number;
}

function walkMdast(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walkMdast(child, visit);
}

function walkHast(node: HastRoot | HastContent, visit: (node: Element) => void): void {
  if (node.type === "element") visit(node);
  if ("children" in node) for (const child of node.children) walkHast(child, visit);
}

function textOf(node: HastRoot | HastContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" && node.tagName === "figure") return "";
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/**
 * `## Heading {#id}` sets a stable, readable anchor; a Japanese heading would otherwise get a
 * percent-encoded one.
 */
function remarkHeadingIds() {
  return (tree: MdastRoot) => {
    walkMdast(tree, (node) => {
      if (node.type !== "heading") return;
      const last = node.children.at(-1);
      if (last?.type !== "text") return;
      const match = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}

/** Replaces each ```chart block (JSON) with its SVG figure. */
function rehypeBarCharts() {
  return (tree: HastRoot, file: VFile) => {
    let count = 0;
    walkHast(tree, (element) => {
      const code = element.tagName === "pre" ? element.children[0] : undefined;
      if (code?.type !== "element" || code.tagName !== "code") return;
      const classes = code.properties.className;
      if (!Array.isArray(classes) || !classes.includes("language-chart")) return;
      const where = `chart block at line ${element.position?.start.line ?? "?"}`;
      let json: unknown;
      try {
        json = JSON.parse(textOf(code));
      } catch (error) {
        throw new ArticleContentError(file.path, null, `${where} is not valid JSON: ${String(error)}`);
      }
      const parsed = barChartSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join(".") || "(root)";
        throw new ArticleContentError(
          file.path,
          null,
          `${where}, field "${field}": ${issue?.message ?? "invalid"}`,
        );
      }
      count += 1;
      Object.assign(element, barChartFigure(parsed.data, `chart-${count}`));
    });
  };
}

/**
 * Lets headings break only between phrases (BudouX), never inside a word: the stylesheet sets
 * `word-break: keep-all` on headings, and a <wbr> marks each phrase boundary.
 */
function rehypePhraseBreaks() {
  const split = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (child.type === "element") return [{ ...child, children: split(child.children) }];
      if (child.type !== "text") return [child];
      return phrases(child.value).flatMap((phrase, index): ElementContent[] => {
        const text: ElementContent = { type: "text", value: phrase };
        return index ? [{ type: "element", tagName: "wbr", properties: {}, children: [] }, text] : [text];
      });
    });
  return (tree: HastRoot) => {
    walkHast(tree, (element) => {
      if (/^h[1-6]$/.test(element.tagName)) element.children = split(element.children);
    });
  };
}

/**
 * `[LINE](line:)` in an article is the author's LINE official account: a link to LINE_URL when it
 * is set, plain text when it is not (no link to nowhere).
 */
function rehypeLineLinks() {
  const unlink = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child): ElementContent[] => {
      if (child.type !== "element") return [child];
      if (child.tagName === "a" && child.properties.href === "line:") {
        if (!site.lineUrl) return unlink(child.children);
        return [
          {
            ...child,
            properties: { ...child.properties, href: site.lineUrl, rel: ["noopener", "noreferrer"] },
          },
        ];
      }
      return [{ ...child, children: unlink(child.children) }];
    });
  return (tree: HastRoot) => {
    tree.children = unlink(tree.children as ElementContent[]) as HastContent[];
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkHeadingIds)
  .use(remarkRehype)
  .use(rehypeBarCharts)
  .use(rehypeLineLinks)
  .use(rehypeSlug)
  .use(rehypePhraseBreaks)
  .use(rehypeStringify);

/** Renders an article's Markdown body; `file` names it in error messages. */
export function renderMarkdown(markdown: string, file: string): RenderedMarkdown {
  const vfile = { path: file, value: markdown };
  const tree = processor.runSync(processor.parse(vfile), vfile);

  const firstSection = tree.children.findIndex((node) => node.type === "element" && node.tagName === "h2");
  const split = firstSection === -1 ? tree.children.length : firstSection;
  const lead: HastRoot = { type: "root", children: tree.children.slice(0, split) };
  const body: HastRoot = { type: "root", children: tree.children.slice(split) };

  const toc: TocEntry[] = [];
  const ids = new Set<string>();
  walkHast(tree, (element) => {
    const id = element.properties.id;
    if (typeof id !== "string") return;
    if (ids.has(id)) throw new ArticleContentError(file, null, `the anchor "#${id}" is used twice`);
    ids.add(id);
    if (element.tagName === "h2") toc.push({ id, text: textOf(element).trim() });
  });

  return {
    leadHtml: processor.stringify(lead),
    bodyHtml: processor.stringify(body),
    toc,
    characters: textOf(tree).replace(/\s/g, "").length,
  };
}
