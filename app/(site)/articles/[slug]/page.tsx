import type { Metadata, ResolvingMetadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { articleMetadata } from "@/components/articles/article-metadata";
import { ArticleView } from "@/components/articles/article-view";
import { getArticle, listArticles } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/links";

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

/**
 * Every article is a static page, built once: a public one shows its text, a members-only one is
 * a permanent redirect to its members address.
 */
export function generateStaticParams(): { slug: string }[] {
  return listArticles().map((article) => ({ slug: article.slug }));
}

// Any other slug is a plain 404, never rendered on demand: otherwise every made-up address would be
// rendered, written under the build folder and served with the year-long s-maxage of a static page,
// and a stream of them would fill the disk.
export const dynamicParams = false;

export async function generateMetadata(
  { params }: ArticlePageProps,
  parent: ResolvingMetadata,
): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article && !article.membersOnly ? articleMetadata(article, parent) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  if (article.membersOnly) permanentRedirect(articlePath(article));
  return <ArticleView article={article} fullText />;
}
