// Written by scripts/build-web-font.ts from the site's text: do not edit by hand.
import localFont from "next/font/local";

/** The public pages' characters, preloaded. tailwind.config.ts puts it first in `font-sans`. */
export const notoSansJpReading = localFont({
  src: [
    { path: "./noto-sans-jp-400.woff2", weight: "400", style: "normal" },
    { path: "./noto-sans-jp-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-noto-sans-jp",
});

/**
 * The members area's and sign-in's other characters, second in `font-sans`: not preloaded, and
 * fetched only by a page that shows one of the characters in its unicode-range.
 */
export const notoSansJpMembers = localFont({
  src: [
    { path: "./noto-sans-jp-members-400.woff2", weight: "400", style: "normal" },
    { path: "./noto-sans-jp-members-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  variable: "--font-noto-sans-jp-members",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+51, U+7E, U+A7, U+B1, U+D7, U+F7, U+2010, U+2013-2016, U+2018-2019, U+2025, U+2039-203A, U+2190-2193, U+2248, U+2260, U+2264-2265, U+25A0, U+25B4, U+25BE, U+2713, U+3005, U+3008, U+300A, U+300E, U+3010, U+3014, U+3016-3019, U+301C, U+303B, U+3041, U+3043, U+3045, U+3047, U+3049, U+304E, U+3050, U+3052, U+3056, U+3062, U+306C, U+3074, U+3077, U+307A-307D, U+3085-3086, U+308E, U+3090-3091, U+3095-3096, U+309D-309E, U+30A5, U+30A9, U+30AC, U+30B1-30B5, U+30BA-30BC, U+30BE, U+30C2, U+30C4-30C5, U+30CC, U+30CE-30CF, U+30D3-30D4, U+30D8, U+30DF, U+30E6-30E8, U+30EE, U+30F0-30F2, U+30F4-30F6, U+30FD-30FE, U+31F0-31FF, U+4E0B, U+4E86, U+4E94, U+4ED8, U+4EF6, U+4F4D, U+4F5C, U+4F8B, U+4F9D, U+4FC2, U+500B, U+505C, U+5065, U+5074, U+50BE, U+5143, U+5168, U+518A, U+5225, U+52A0, U+52B9, U+53CE, U+53D6, U+5404, U+542B, U+56DB, U+571F, U+5730, U+5747, U+5909, U+5B57, U+5B66, U+5B89, U+5B8C, U+5B9B, U+5C02, U+5C65, U+5DEE, U+5E03, U+5E73, U+5EB7, U+5F15, U+5F53, U+5F62, U+5FA9, U+60D1, U+614B, U+6210, U+627F, U+6307, U+632F, U+6368, U+63A5, U+6570, U+66DC, U+66FF, U+6709, U+6728, U+672B, U+6761, U+6841, U+68C4, U+69D8, U+6B62, U+6B74, U+6BCE, U+6BD4, U+6C34, U+6D88, U+706B, U+7248, U+7269, U+77E5, U+77ED, U+7834, U+79D2, U+7AEF, U+7D19, U+7D99, U+8272, U+88C1, U+8907, U+89E3, U+8A2D, U+8A55, U+8CBC, U+8D64, U+8D77, U+8DB3, U+8FFD, U+9001, U+9014, U+914D, U+91CF, U+9577, U+9580, U+9589, U+964D, U+9805, U+983C, U+9858, U+FF03, U+FF05-FF06, U+FF0A-FF0B, U+FF0D, U+FF0F-FF19, U+FF1C-FF1E, U+FF20, U+FF3B-FF3D, U+FF3F, U+FF5B, U+FF5D-FF5E",
    },
  ],
});
