import { MembershipInvitation } from "@/components/membership-invitation";
import { MemberShortcut } from "@/components/viewer/member-shortcut";
import { SignedInSwitch } from "@/components/viewer/signed-in-switch";
import { getArticle, type Article } from "@/lib/content/articles";
import { blogPostingJsonLd, serializeJsonLd } from "@/lib/content/json-ld";
import { articleImagePath, articlePath } from "@/lib/content/links";
import { getPrompt } from "@/lib/content/prompts";
import { site } from "@/lib/site";
import { ArticleMeta } from "./article-meta";
import { AuthorBox } from "./author-box";
import { MembersOnlyBadge } from "./members-only-badge";
import { MembersOnlyNotice } from "./members-only-notice";
import { PhraseText } from "./phrase-text";
import { ReflectionPrompts } from "./reflection-prompts";
import { RelatedArticles } from "./related-articles";
import { TableOfContents } from "./table-of-contents";
import "./article.css";

/**
 * An article page. `fullText` false renders the lead only: the body is then not in the HTML at
 * all, which is how a members-only article meets a visitor.
 */
export function ArticleView({ article, fullText }: { article: Article; fullText: boolean }) {
  const path = articlePath(article);
  const prompts = article.promptIds.flatMap((id) => getPrompt(id) ?? []);
  const related = article.related.flatMap((slug) => getArticle(slug) ?? []);
  const jsonLd = blogPostingJsonLd(article, site, `${site.url}${articleImagePath(article.slug)}`);

  return (
    <>
      <article className="article-column pt-10 sm:pt-14">
        <header>
          {article.membersOnly && <MembersOnlyBadge />}
          <h1 className="mt-2 text-[1.6rem] leading-normal font-bold tracking-ja sm:text-[2rem]">
            <PhraseText text={article.title} />
          </h1>
          <ArticleMeta
            publishedAt={article.publishedAt}
            updatedAt={article.updatedAt}
            readingMinutes={article.readingMinutes}
            className="mt-4"
          />
        </header>

        <div
          className="article-prose article-lead mt-8"
          dangerouslySetInnerHTML={{ __html: article.leadHtml }}
        />

        {fullText ? (
          <>
            <TableOfContents entries={article.toc} />
            <div
              className={`article-prose article-body mt-4 ${article.membersOnly ? "article-members-only" : ""}`}
              dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
            />
          </>
        ) : (
          <MembersOnlyNotice returnTo={path} />
        )}

        <AuthorBox />
      </article>

      <div className="article-column">
        {fullText && <ReflectionPrompts prompts={prompts} />}
        <div className="mt-12">
          <SignedInSwitch signedIn={<MemberShortcut headingId="membership-heading" />}>
            <MembershipInvitation headingId="membership-heading" returnTo={path} />
          </SignedInSwitch>
        </div>
        <RelatedArticles articles={related} />
      </div>

      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </>
  );
}
