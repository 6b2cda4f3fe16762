import { type ServerEnv, settings } from "@/lib/env";

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

/** The site's fixed texts, with the public URL and LINE account the environment names. */
export function siteSettings(env: Pick<ServerEnv, "publicUrl" | "lineUrl"> = settings()): SiteSettings {
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
    url: env.publicUrl,
    lineUrl: env.lineUrl,
    locale: "ja_JP",
  };
}

export const site = siteSettings();
