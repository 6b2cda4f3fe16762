import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/content/articles";
import { ArticleContentError, parseFrontMatter } from "@/lib/content/front-matter";

const valid = {
  title: "タイトル",
  description: "説明",
  publishedAt: "2026-11-25",
  tags: ["キャリア"],
};

function problem(data: unknown): ArticleContentError {
  try {
    parseFrontMatter("content/articles/example.md", data);
  } catch (error) {
    if (error instanceof ArticleContentError) return error;
    throw error;
  }
  throw new Error("the front matter was accepted");
}

/** Writes article files into a fresh folder and loads them as the build does. */
function loadFiles(files: Record<string, string>) {
  const directory = mkdtempSync(path.join(tmpdir(), "sentaku-articles-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text);
  return () => loadArticles([directory]);
}

describe("article front matter", () => {
  it("accepts a complete front matter and fills the optional fields", () => {
    expect(parseFrontMatter("a.md", valid)).toEqual({
      ...valid,
      membersOnly: false,
      prompts: [],
      related: [],
    });
  });

  it("reads an unquoted YAML date as the same calendar day", () => {
    const front = parseFrontMatter("a.md", { ...valid, publishedAt: new Date("2026-11-25T00:00:00Z") });
    expect(front.publishedAt).toBe("2026-11-25");
  });

  it.each([
    [{ ...valid, title: undefined }, "title", "is missing"],
    [{ ...valid, title: "  " }, "title", "must not be empty"],
    [{ ...valid, description: 42 }, "description", "must be text"],
    [{ ...valid, publishedAt: "25/11/2026" }, "publishedAt", "YYYY-MM-DD"],
    [{ ...valid, publishedAt: "2026-02-30" }, "publishedAt", "not a real calendar date"],
    [{ ...valid, publishedAt: undefined }, "publishedAt", "is missing"],
    [{ ...valid, updatedAt: "2026-11-24" }, "updatedAt", "earlier than publishedAt"],
    [{ ...valid, tags: "キャリア" }, "tags", "must be a list"],
    [{ ...valid, tags: ["キャリア", ""] }, "tags[1]", "must not be empty"],
    [{ ...valid, membersOnly: "yes" }, "membersOnly", "true or false"],
    [{ ...valid, related: ["Not A Slug"] }, "related[0]", "must be an article slug"],
    [{ ...valid, publishAt: "2026-11-25" }, "publishAt", "is not a known field"],
  ])("names the field and the problem: %j", (data, field, message) => {
    const error = problem(data);
    expect(error.file).toBe("content/articles/example.md");
    expect(error.field).toBe(field);
    expect(error.message).toContain(`content/articles/example.md: front matter field "${field}"`);
    expect(error.message).toContain(message);
  });
});

describe("loading the article files (what the build runs)", () => {
  const front = (extra: string) =>
    `---\ntitle: タイトル\ndescription: 説明\npublishedAt: 2026-11-25\ntags: [キャリア]\n${extra}---\n\n本文です。\n`;

  it("fails on a malformed field, naming the file and the field", () => {
    const load = loadFiles({ "broken-date.md": front("").replace("2026-11-25", "2026-13-01") });
    expect(load).toThrow(ArticleContentError);
    expect(load).toThrow(/sentaku-articles-\w+\/broken-date\.md: front matter field "publishedAt"/);
  });

  it("fails on a missing field, naming the file and the field", () => {
    const load = loadFiles({ "no-title.md": front("").replace("title: タイトル\n", "") });
    expect(load).toThrow(/no-title\.md: front matter field "title" is missing/);
  });

  it("fails on a file without front matter or with broken YAML", () => {
    expect(loadFiles({ "bare.md": "本文だけ\n" })).toThrow(/bare\.md: has no front matter/);
    expect(loadFiles({ "bad-yaml.md": "---\ntitle: [unclosed\n---\n" })).toThrow(
      /bad-yaml\.md: front matter is not valid YAML/,
    );
  });

  it("fails on a prompt id that the catalogue does not have, or that belongs to another article", () => {
    expect(loadFiles({ "a.md": front("prompts: [no-such-prompt]\n") })).toThrow(
      /a\.md: front matter field "prompts\[0\]" names no prompt/,
    );
    expect(loadFiles({ "a.md": front("prompts: [enerugi, nani-ga-daiji]\n") })).toThrow(
      /a\.md: front matter field "prompts\[1\]" names the prompt "nani-ga-daiji", which belongs to the article "kanrishoku-wo-kotowatta"/,
    );
  });

  it("fails on a related slug that names no other article", () => {
    expect(loadFiles({ "a.md": front("related: [b]\n") })).toThrow(
      /a\.md: front matter field "related\[0\]"/,
    );
    expect(loadFiles({ "a.md": front("related: [a]\n") })).toThrow(/related\[0\]/);
    expect(loadFiles({ "a.md": front("related: [b]\n"), "b.md": front("") })()).toHaveLength(2);
  });

  it("refuses a file name that is not a slug, and the reserved slug", () => {
    expect(loadFiles({ "Not_A_Slug.md": front("") })).toThrow(/Not_A_Slug\.md: the file name must be a slug/);
    expect(loadFiles({ "members.md": front("") })).toThrow(/members\.md: the slug "members" is taken/);
  });

  it("lists the articles newest first", () => {
    const articles = loadFiles({
      "older.md": front("").replace("2026-11-25", "2026-01-10"),
      "newer.md": front(""),
    })();
    expect(articles.map((article) => article.slug)).toEqual(["newer", "older"]);
  });
});
