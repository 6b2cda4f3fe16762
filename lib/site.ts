/** Site settings: one typed place for the name, tagline, author and public URL. */
export interface SiteSettings {
  name: string;
  nameReading: string;
  tagline: string;
  description: string;
  author: { name: string; bio: string };
  /** The public origin, without a trailing slash. */
  url: string;
  /** The author's LINE official account, shown only when configured. */
  lineUrl: string | null;
  locale: "ja_JP";
}

function publicUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.SITE_URL?.trim() || env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? "3000"}`;
  return raw.replace(/\/+$/, "");
}

export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    name: "Sentaku",
    nameReading: "選択",
    tagline: "昇進だけじゃない。働き方も家族も、自分で選ぶキャリアへ。",
    description:
      "管理職・副業・家族のあいだで揺れるワーキングマザーのためのキャリアブログ。記事を読み、自分にとって何が大事かを書きとめる場所です。",
    author: {
      name: "Sentaku 編集部",
      bio: "会社員として働きながら子育て中。管理職の打診を断り、副業と発信で自分らしいキャリアを探しています。",
    },
    url: publicUrl(env),
    lineUrl: env.LINE_URL?.trim() || null,
    locale: "ja_JP",
  };
}

export const site = siteSettings();
