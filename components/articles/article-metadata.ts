import type { Metadata, ResolvingMetadata } from "next";
import type { Article } from "@/lib/content/articles";
import { tokyoDayStartIso } from "@/lib/dates";
import { articleImagePath, articlePath } from "@/lib/content/links";
import { OG_IMAGE_SIZE } from "@/lib/content/og-image";
import { site } from "@/lib/site";

/** Title, description, canonical address, Open Graph `article` and Twitter card for an article. */
export async function articleMetadata(article: Article, parent: ResolvingMetadata): Promise<Metadata> {
  const url = articlePath(article);
  const image = {
    url: articleImagePath(article.slug),
    ...OG_IMAGE_SIZE,
    alt: article.title,
    type: "image/png",
  };
  return {
    title: article.title,
    description: article.description,
    keywords: article.tags,
    // Metadata merges shallowly: keep the layout's feed link beside the canonical address.
    alternates: { canonical: url, types: (await parent).alternates?.types ?? {} },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.description,
      siteName: site.name,
      locale: site.locale,
      publishedTime: tokyoDayStartIso(article.publishedAt),
      modifiedTime: tokyoDayStartIso(article.updatedAt ?? article.publishedAt),
      authors: [site.author.name],
      tags: article.tags,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.description,
      images: [image],
    },
  };
}
