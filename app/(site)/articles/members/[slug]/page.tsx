import type { Metadata, ResolvingMetadata } from "next";
import { notFound } from "next/navigation";
import { articleMetadata } from "@/components/articles/article-metadata";
import { ArticleView } from "@/components/articles/article-view";
import { getCurrentUser } from "@/lib/auth/session";
import { getArticle } from "@/lib/content/articles";

interface MembersArticlePageProps {
  params: Promise<{ slug: string }>;
}

// What the page shows depends on who asks, so it is rendered per request (and never cached).
export const dynamic = "force-dynamic";

function membersArticle(slug: string) {
  const article = getArticle(slug);
  return article?.membersOnly ? article : undefined;
}

export async function generateMetadata(
  { params }: MembersArticlePageProps,
  parent: ResolvingMetadata,
): Promise<Metadata> {
  const article = membersArticle((await params).slug);
  return article ? articleMetadata(article, parent) : {};
}

export default async function MembersArticlePage({ params }: MembersArticlePageProps) {
  const article = membersArticle((await params).slug);
  if (!article) notFound();
  const member = await getCurrentUser();
  return <ArticleView article={article} fullText={member !== null} />;
}
