import { ArticleCard } from "@/components/articles/article-card";
import type { Article } from "@/lib/content/articles";

/** Shown only when the article names related articles that exist. */
export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="text-xl font-bold">
        関連記事もあわせてどうぞ
      </h2>
      <ul className="mt-4 space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard {...article} />
          </li>
        ))}
      </ul>
    </section>
  );
}
