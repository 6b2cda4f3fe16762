import Link from "next/link";
import { articlePath } from "@/lib/content/links";
import { ArticleMeta } from "./article-meta";
import { MembersOnlyBadge } from "./members-only-badge";
import { PhraseText } from "./phrase-text";

export interface ArticleCardProps {
  slug: string;
  title: string;
  description: string;
  publishedAt: string;
  readingMinutes: number;
  membersOnly: boolean;
  /** The heading level that fits where the card is placed. */
  headingLevel?: "h2" | "h3";
}

/** An article in a list: title (the link), description, date and reading time. */
export function ArticleCard({ headingLevel: Heading = "h3", ...article }: ArticleCardProps) {
  return (
    <article className="rounded-lg border border-line bg-card p-5 sm:p-6">
      {article.membersOnly && <MembersOnlyBadge />}
      <Heading className="mt-1 text-xl leading-relaxed font-bold">
        <Link href={articlePath(article)} className="text-ink no-underline hover:text-accent hover:underline">
          <PhraseText text={article.title} />
        </Link>
      </Heading>
      <p className="mt-2 leading-loose">{article.description}</p>
      <ArticleMeta
        publishedAt={article.publishedAt}
        readingMinutes={article.readingMinutes}
        className="mt-3"
      />
    </article>
  );
}
