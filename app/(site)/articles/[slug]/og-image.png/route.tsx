import { ImageResponse } from "next/og";
import { formatJapaneseDate } from "@/lib/dates";
import { getArticle, listPublicArticles } from "@/lib/content/articles";
import { OG_IMAGE_SIZE, ogFonts } from "@/lib/content/og-image";
import { phrases } from "@/lib/content/phrases";
import { site } from "@/lib/site";

/**
 * The article's Open Graph image, a PNG drawn at build time with the self-hosted Noto Sans JP.
 * A route of its own (rather than the opengraph-image file convention) gives it a stable address
 * that the page's metadata and its JSON-LD can both name.
 */
export const dynamic = "force-static";

export function generateStaticParams(): { slug: string }[] {
  return listPublicArticles().map((article) => ({ slug: article.slug }));
}

// Images exist for the built articles only: an unknown slug is a 404 that is neither drawn nor
// written under the build folder (see the article page).
export const dynamicParams = false;

const colors = { paper: "#fbf8f3", ink: "#1f1b16", muted: "#57504a", accent: "#9a3d25", line: "#e4ddd3" };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return new Response("Not found", { status: 404 });
  const title = article.title;
  const byline = `${formatJapaneseDate(article.publishedAt)} · 約${article.readingMinutes}分で読めます`;
  const { fonts, families } = ogFonts({ 700: `${title}${site.name}`, 400: `${byline}${site.nameReading}` });

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 88px",
        background: colors.paper,
        borderLeft: `24px solid ${colors.accent}`,
        color: colors.ink,
        fontFamily: families[400],
      }}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: 16 }}>
        <span style={{ fontFamily: families[700], fontWeight: 700, fontSize: 40, color: colors.accent }}>
          {site.name}
        </span>
        <span style={{ fontSize: 28, color: colors.muted }}>{site.nameReading}</span>
      </div>
      {/* One box per phrase: lines break between phrases, never inside a word. */}
      <div
        style={{
          display: "flex",
          flexWrap: "wrap",
          fontFamily: families[700],
          fontWeight: 700,
          fontSize: title.length > 28 ? 60 : 68,
          lineHeight: 1.45,
        }}
      >
        {phrases(title).map((phrase, index) => (
          <span key={index}>{phrase}</span>
        ))}
      </div>
      <div
        style={{
          display: "flex",
          borderTop: `2px solid ${colors.line}`,
          paddingTop: 24,
          fontSize: 28,
          color: colors.muted,
        }}
      >
        {byline}
      </div>
    </div>,
    { ...OG_IMAGE_SIZE, fonts },
  );
}
