import type { Metadata, ResolvingMetadata } from "next";
import { ArticleCard } from "@/components/articles/article-card";
import { MembershipInvitation } from "@/components/membership-invitation";
import { MemberShortcut } from "@/components/viewer/member-shortcut";
import { SignedInSwitch } from "@/components/viewer/signed-in-switch";
import { listArticles } from "@/lib/content/articles";
import { site } from "@/lib/site";

export async function generateMetadata(_props: unknown, parent: ResolvingMetadata): Promise<Metadata> {
  // Metadata merges shallowly: keep the layout's feed link beside the canonical address.
  const types = (await parent).alternates?.types ?? {};
  return {
    alternates: { canonical: "/", types },
    openGraph: {
      type: "website",
      url: "/",
      siteName: site.name,
      locale: site.locale,
      title: `${site.name}(${site.nameReading})`,
      description: site.description,
    },
  };
}

export default function HomePage() {
  const articles = listArticles();
  return (
    <div className="mx-auto max-w-page px-gutter">
      <section className="py-section">
        <h1 className="text-3xl font-bold tracking-wide sm:text-4xl">
          {site.name}
          <span className="ml-3 text-lg font-normal text-muted">{site.nameReading}</span>
        </h1>
        <p className="mt-4 text-lg leading-relaxed font-bold [word-break:keep-all] sm:text-xl">
          {site.tagline}
        </p>
        <p className="mt-3 max-w-measure leading-loose text-muted">{site.description}</p>
      </section>

      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <section id="articles" aria-labelledby="articles-heading" className="scroll-mt-6">
          <h2 id="articles-heading" className="text-2xl font-bold">
            記事
          </h2>
          {articles.length === 0 ? (
            <p className="mt-4 text-muted">まだ記事がありません。</p>
          ) : (
            <ol className="mt-6 space-y-5">
              {articles.map((article) => (
                <li key={article.slug}>
                  <ArticleCard {...article} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <SignedInSwitch signedIn={<MemberShortcut headingId="membership-heading" />}>
          <MembershipInvitation headingId="membership-heading" />
        </SignedInSwitch>
      </div>
    </div>
  );
}
