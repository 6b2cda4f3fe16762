import type { Metadata, ResolvingMetadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { articleMetadata } from "@/components/articles/article-metadata";
import { ArticleView } from "@/components/articles/article-view";
import { getArticle, listPublicArticles } from "@/lib/content/articles";
import { articlePath } from "@/lib/content/links";

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

/** Every public article is a static page, built once. */
export function generateStaticParams(): { slug: string }[] {
  return listPublicArticles().map((article) => ({ slug: article.slug }));
}

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
