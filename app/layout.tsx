import type { Metadata, Viewport } from "next";
import "./globals.css";
import { notoSansJpReading } from "@/app/fonts/web-fonts";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}(${site.nameReading})| ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  authors: [{ name: site.author.name }],
  openGraph: { siteName: site.name, locale: site.locale, type: "website" },
  twitter: { card: "summary_large_image" },
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: `${site.name} の記事` }] } },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fbf8f3",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // Noto Sans JP cut to the characters the site shows, in faces of one family (the reading pages',
    // their bold, the rest): lib/content/web-font.ts says why, scripts/build-web-font.ts writes them.
    // Importing the module brings every face's @font-face; only the first names the variable.
    <html lang="ja" className={notoSansJpReading.variable}>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="skip-link">
          本文へ移動
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
