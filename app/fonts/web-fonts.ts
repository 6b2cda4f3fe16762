// Written by scripts/build-web-font.ts from the site's text: do not edit by hand.
import localFont from "next/font/local";

// Every face is in one family, 'Sentaku Noto Sans JP', with the unicode-range of its characters:
// lib/content/web-font.ts (WebFontSubset) says why. tailwind.config.ts puts it first in `font-sans`.

/** The public pages' characters in regular, preloaded; the only call that names the variable. */
export const notoSansJpReading = localFont({
  src: [{ path: "./noto-sans-jp-400.woff2", weight: "400", style: "normal" }],
  display: "swap",
  variable: "--font-noto-sans-jp",
  declarations: [
    { prop: "font-family", value: "'Sentaku Noto Sans JP'" },
    {
      prop: "unicode-range",
      value:
        "U+20-50, U+52-7D, U+A9, U+B7, U+201C-201D, U+2026, U+3001-3002, U+3009, U+300B-300D, U+300F, U+3011, U+3015, U+3042, U+3044, U+3046, U+3048, U+304A-304D, U+304F, U+3051, U+3053-3055, U+3057-3061, U+3063-306B, U+306D-3073, U+3075-3076, U+3078-3079, U+307E-3084, U+3087-308D, U+308F, U+3092-3093, U+30A1-30A4, U+30A6-30A8, U+30AA-30AB, U+30AD-30B0, U+30B6-30B9, U+30BD, U+30BF-30C1, U+30C3, U+30C6-30CB, U+30CD, U+30D0-30D2, U+30D5-30D7, U+30D9-30DE, U+30E0-30E5, U+30E9-30ED, U+30EF, U+30F3, U+30FB-30FC, U+4E00, U+4E0A, U+4E0D, U+4E16, U+4E21, U+4E2D, U+4E3B, U+4E8B, U+4EBA, U+4ECA-4ECB, U+4ED5-4ED6, U+4EE5, U+4EFB, U+4F1A, U+4F53, U+4F55, U+4F7F, U+4FA1, U+4FDD, U+4FE1, U+5024, U+5099, U+50CD, U+512A, U+5148, U+5150, U+5165, U+516C, U+5178, U+5185, U+518D, U+51FA, U+5206-5207, U+521D, U+5237, U+524A, U+524D, U+526F, U+5272, U+529B, U+52D5, U+5316, U+5370, U+53D7, U+53EF, U+53F7-53F8, U+5408, U+540C, U+5411, U+5468, U+5473, U+547D, U+548C, U+54E1, U+554F, U+559C, U+56DE, U+5712, U+57FA, U+5834, U+5897, U+58F0, U+5916, U+591A, U+5927, U+5973, U+598A, U+59CB, U+59FF, U+5B50, U+5B58, U+5B9A, U+5B9F, U+5BB6, U+5BB9, U+5BC4, U+5C0F, U+5C11, U+5C4A, U+5E74, U+5E83, U+5EA6, U+5EAD, U+5F0F, U+5F37, U+5F79, U+5F85, U+5F8C, U+5FC3, U+5FC5, U+5FD8, U+5FDC, U+6016, U+601D, U+6027, U+609F, U+60A9, U+60F3, U+610F, U+611F, U+6226, U+623B, U+6240, U+624B, U+6253, U+629E, U+62BC, U+62C5, U+62E0, U+6301, U+6311, U+63A2, U+63EE, U+63FA, U+6574, U+6587, U+6599, U+65AD, U+65B0, U+65B9, U+65BD, U+65CF, U+65E5, U+6607, U+660E, U+6642, U+66AE, U+66F4, U+66F8, U+6700, U+6708, U+671B, U+671F, U+672A, U+672C, U+6765, U+679C, U+67A0, U+67D4, U+67FB, U+691C, U+696D, U+6B21, U+6B63, U+6B69, U+6B8B, U+6BB5, U+6C17, U+6C7A, U+6CBB, U+6CC1, U+6D3B, U+6D3E, U+6D6E, U+6E08, U+6E1B, U+6E67, U+6E96, U+7121, U+7136, U+72B6, U+732E, U+7406, U+751F, U+7528, U+7531, U+753B, U+754C, U+7565, U+756A, U+7642, U+767A-767B, U+7684, U+76EE, U+76F4, U+78BA, U+78E8, U+793A, U+793E, U+79C1, U+79FB, U+7A0E, U+7A7A, U+7ACB, U+7B54, U+7BA1, U+7D04, U+7D22, U+7D39, U+7D42, U+7D4C, U+7D50, U+7D9A, U+7DE8, U+7E1B, U+8003, U+8077, U+80A2, U+80B2, U+80CC, U+80FD, U+81EA, U+8208, U+8449, U+845B, U+85E4, U+8868, U+88CF, U+8981, U+898B, U+899A, U+89A7, U+89B3, U+8A00, U+8A18, U+8A3A, U+8A3C, U+8A66, U+8A71, U+8A8D, U+8A9E, U+8AAC-8AAD, U+8AB0, U+8ABF, U+8AE6, U+8B1D, U+8B58, U+8CA0, U+8CA2, U+8CAC, U+8CC7, U+8D85, U+8E8D, U+8EDF, U+8EF8, U+8FBC, U+8FD1, U+8FD4, U+8FF7, U+9006, U+901A, U+9023, U+9031-9032, U+9055, U+9078, U+90E8, U+91CD, U+91D1, U+9332, U+958B, U+9593, U+95A2, U+9650, U+9664, U+969B, U+96A0, U+96C6, U+96E3, U+9762, U+9806, U+984C, U+9A13, U+9AD8, U+9F62, U+FF01, U+FF08-FF09, U+FF0C, U+FF0E, U+FF1A-FF1B, U+FF1F, U+FF5C",
    },
  ],
});

/** The characters the public pages draw in bold, preloaded. */
export const notoSansJpReadingBold = localFont({
  src: [{ path: "./noto-sans-jp-700.woff2", weight: "700", style: "normal" }],
  display: "swap",
  adjustFontFallback: false,
  declarations: [
    { prop: "font-family", value: "'Sentaku Noto Sans JP'" },
    {
      prop: "unicode-range",
      value:
        "U+20-50, U+52-7D, U+A9, U+B7, U+3001-3002, U+3009, U+300B-300D, U+300F, U+3011, U+3015, U+3042, U+3044, U+3046, U+3048, U+304A-304D, U+304F, U+3051, U+3053-3055, U+3057-3059, U+305B, U+305D-3061, U+3063-3064, U+3066-306B, U+306E-306F, U+3075-3076, U+3078, U+307E-3083, U+3089-308D, U+308F, U+3092-3093, U+30A2-30A4, U+30A6, U+30A8, U+30AB, U+30AD, U+30AF-30B0, U+30B6, U+30B8-30B9, U+30BD, U+30BF-30C0, U+30C3, U+30C8-30CB, U+30D0-30D1, U+30D5-30D7, U+30DA-30DC, U+30DE, U+30E0-30E1, U+30E3, U+30E5, U+30E9-30ED, U+30EF, U+30F3, U+30FB-30FC, U+4E00, U+4E21, U+4E2D, U+4E3B, U+4E8B, U+4EBA, U+4ECA, U+4ED5-4ED6, U+4EFB, U+4F1A, U+4F55, U+4FDD, U+4FE1, U+50CD, U+5148, U+5165, U+516C, U+5178, U+5185, U+51FA, U+5206, U+524A, U+526F, U+529B, U+52D5, U+53D7, U+53EF, U+53F7, U+540C, U+547D, U+54E1, U+554F, U+56DE, U+5834, U+5897, U+5927, U+5973, U+59CB, U+5B50, U+5B58, U+5B9A, U+5B9F, U+5BB6, U+5BB9, U+5C11, U+5C4A, U+5E74, U+5EA6, U+5EAD, U+5F0F, U+5F8C, U+5FC5, U+5FD8, U+601D, U+6027, U+609F, U+60A9, U+610F, U+623B, U+6240, U+6253, U+629E, U+6301, U+63A2, U+63FA, U+6587, U+6599, U+65AD, U+65B0, U+65B9, U+65CF, U+65E5, U+6607, U+660E, U+6642, U+66F4, U+66F8, U+6708, U+672A, U+672C, U+6765, U+679C, U+67A0, U+67FB, U+691C, U+696D, U+6B21, U+6B8B, U+6C17, U+6D3B, U+6E08, U+7121, U+7406, U+751F, U+7531, U+756A, U+767A-767B, U+76EE, U+78BA, U+793A, U+793E, U+79C1, U+79FB, U+7ACB, U+7B54, U+7BA1, U+7D04, U+7D22, U+7D42, U+7D50, U+7D9A, U+7DE8, U+8003, U+8077, U+80A2, U+80B2, U+80FD, U+81EA, U+8868, U+8981, U+898B, U+899A, U+89A7, U+8A18, U+8A3A, U+8A66, U+8A8D, U+8AAC-8AAD, U+8ABF, U+8B58, U+8CAC, U+8CC7, U+8D85, U+8E8D, U+9023, U+9032, U+9055, U+9078, U+90E8, U+91CD, U+91D1, U+9332, U+958B, U+9593, U+95A2, U+9650, U+9664, U+969B, U+96C6, U+96E3, U+984C, U+FF01, U+FF08-FF09, U+FF0C, U+FF0E, U+FF1A-FF1B, U+FF1F, U+FF5C",
    },
  ],
});

/** The public pages' other characters in bold: not preloaded, fetched where one is drawn bold. */
export const notoSansJpReadingRestBold = localFont({
  src: [{ path: "./noto-sans-jp-reading-rest-700.woff2", weight: "700", style: "normal" }],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    { prop: "font-family", value: "'Sentaku Noto Sans JP'" },
    {
      prop: "unicode-range",
      value:
        "U+201C-201D, U+2026, U+305A, U+305C, U+3065, U+306D, U+3070-3073, U+3079, U+3084, U+3087-3088, U+30A1, U+30A7, U+30AA, U+30AE, U+30B7, U+30C1, U+30C6-30C7, U+30CD, U+30D2, U+30D9, U+30DD, U+30E2, U+30E4, U+4E0A, U+4E0D, U+4E16, U+4ECB, U+4EE5, U+4F53, U+4F7F, U+4FA1, U+5024, U+5099, U+512A, U+5150, U+518D, U+5207, U+521D, U+5237, U+524D, U+5272, U+5316, U+5370, U+53F8, U+5408, U+5411, U+5468, U+5473, U+548C, U+559C, U+5712, U+57FA, U+58F0, U+5916, U+591A, U+598A, U+59FF, U+5BC4, U+5C0F, U+5E83, U+5F37, U+5F79, U+5F85, U+5FC3, U+5FDC, U+6016, U+60F3, U+611F, U+6226, U+624B, U+62BC, U+62C5, U+62E0, U+6311, U+63EE, U+6574, U+65BD, U+66AE, U+6700, U+671B, U+671F, U+67D4, U+6B63, U+6B69, U+6BB5, U+6C7A, U+6CBB, U+6CC1, U+6D3E, U+6D6E, U+6E1B, U+6E67, U+6E96, U+7136, U+72B6, U+732E, U+7528, U+753B, U+754C, U+7565, U+7642, U+7684, U+76F4, U+78E8, U+7A0E, U+7A7A, U+7D39, U+7D4C, U+7E1B, U+80CC, U+8208, U+8449, U+845B, U+85E4, U+88CF, U+89B3, U+8A00, U+8A3C, U+8A71, U+8A9E, U+8AB0, U+8AE6, U+8B1D, U+8CA0, U+8CA2, U+8EDF, U+8EF8, U+8FBC, U+8FD1, U+8FD4, U+8FF7, U+9006, U+901A, U+9031, U+96A0, U+9762, U+9806, U+9A13, U+9AD8, U+9F62",
    },
  ],
});

/**
 * The members area's and sign-in's other characters: not preloaded, and fetched only by a page that
 * shows one of them.
 */
export const notoSansJpMembers = localFont({
  src: [
    { path: "./noto-sans-jp-members-400.woff2", weight: "400", style: "normal" },
    { path: "./noto-sans-jp-members-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    { prop: "font-family", value: "'Sentaku Noto Sans JP'" },
    {
      prop: "unicode-range",
      value:
        "U+51, U+7E, U+A7, U+B1, U+D7, U+F7, U+2010, U+2013-2016, U+2018-2019, U+2025, U+2039-203A, U+2190-2193, U+2248, U+2260, U+2264-2265, U+25A0, U+25B4, U+25BE, U+2713, U+3005, U+3008, U+300A, U+300E, U+3010, U+3014, U+3016-3019, U+301C, U+303B, U+3041, U+3043, U+3045, U+3047, U+3049, U+304E, U+3050, U+3052, U+3056, U+3062, U+306C, U+3074, U+3077, U+307A-307D, U+3085-3086, U+308E, U+3090-3091, U+3095-3096, U+309D-309E, U+30A5, U+30A9, U+30AC, U+30B1-30B5, U+30BA-30BC, U+30BE, U+30C2, U+30C4-30C5, U+30CC, U+30CE-30CF, U+30D3-30D4, U+30D8, U+30DF, U+30E6-30E8, U+30EE, U+30F0-30F2, U+30F4-30F6, U+30FD-30FE, U+31F0-31FF, U+4E0B, U+4E86, U+4E94, U+4ED8, U+4EF6, U+4F4D, U+4F5C, U+4F8B, U+4F9D, U+4FC2, U+500B, U+505C, U+5065, U+5074, U+50BE, U+5143, U+5168, U+518A, U+5225, U+52A0, U+52B9, U+53CE, U+53D6, U+5404, U+542B, U+56DB, U+571F, U+5730, U+5747, U+5909, U+5B57, U+5B66, U+5B89, U+5B8C, U+5B9B, U+5C02, U+5C65, U+5DEE, U+5E03, U+5E73, U+5EB7, U+5F15, U+5F53, U+5F62, U+5FA9, U+60D1, U+614B, U+6210, U+627F, U+6307, U+632F, U+6368, U+63A5, U+6570, U+66DC, U+66FF, U+6709, U+6728, U+672B, U+6761, U+6841, U+68C4, U+69D8, U+6B62, U+6B74, U+6BCE, U+6BD4, U+6C34, U+6D88, U+706B, U+7248, U+7269, U+77E5, U+77ED, U+7834, U+79D2, U+7AEF, U+7D19, U+7D99, U+8272, U+88C1, U+8907, U+89E3, U+8A2D, U+8A55, U+8CBC, U+8D64, U+8D77, U+8DB3, U+8FFD, U+9001, U+9014, U+914D, U+91CF, U+9577, U+9580, U+9589, U+964D, U+9805, U+983C, U+9858, U+FF03, U+FF05-FF06, U+FF0A-FF0B, U+FF0D, U+FF0F-FF19, U+FF1C-FF1E, U+FF20, U+FF3B-FF3D, U+FF3F, U+FF5B, U+FF5D-FF5E",
    },
  ],
});
