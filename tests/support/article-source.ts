import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The author's first article as she sent it (a verbatim copy of ../shared/content/article-source.txt),
 * read the way ../shared/content/NOTES.md says: the title comes from the pingbacks, six lines are
 * headings, and everything from 【関連記事もあわせてどうぞ】 on is not article text.
 */
export const ARTICLE_SOURCE_FILE = path.join(import.meta.dirname, "../fixtures/article-source.txt");

export const ARTICLE_SLUG = "kanrishoku-wo-kotowatta";
export const ARTICLE_TITLE = "管理職を断ったワーママとして覚悟した今のこと、未来のこと";

export const ARTICLE_HEADINGS = [
  "「管理職になりたくない」その気持ち、間違ってないです",
  "管理職=キャリアアップだけじゃない|他のワーママも悩んでる",
  "実際に昇進を断った理由|私の選択とその後",
  "昇進を断ったらキャリアは終わり?いえ、むしろ始まりでした",
  "これからのワーママが考えたい「働き方の選択肢」",
  "まとめ|会社の枠を超えたキャリアをつくろう",
];

/** The lines of article text, in order, blank lines dropped: lead, headings, paragraphs, closing. */
export function articleSourceLines(): string[] {
  const lines = readFileSync(ARTICLE_SOURCE_FILE, "utf8").split("\n");
  const end = lines.indexOf("【関連記事もあわせてどうぞ】");
  if (end === -1) throw new Error("The source no longer has its related-articles line; reread NOTES.md.");
  return lines.slice(0, end).filter((line) => line.trim() !== "");
}

/** The lead: the lines before the first heading. */
export function articleSourceLead(): string[] {
  const lines = articleSourceLines();
  return lines.slice(0, lines.indexOf(ARTICLE_HEADINGS[0] ?? ""));
}
