import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";
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

/**
 * Noto Sans JP cut to the characters the site shows (scripts/build-web-font.ts): two files of
 * about 80 KiB, preloaded, instead of fontsource's unicode-range slices (about 200 KiB of font
 * files and 200 KiB of @font-face rules per article). The family is exposed as a variable that
 * tailwind.config.ts puts first in `font-sans`; characters outside the subset fall back to the
 * system's Japanese font.
 */
const notoSansJp = localFont({
  src: [
    { path: "./fonts/noto-sans-jp-400.woff2", weight: "400", style: "normal" },
    { path: "./fonts/noto-sans-jp-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-noto-sans-jp",
});

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fbf8f3",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja" className={notoSansJp.variable}>
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
