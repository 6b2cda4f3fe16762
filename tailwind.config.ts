import type { Config } from "tailwindcss";

// Design tokens. Loaded from app/globals.css with `@config`, so Tailwind v4 reads them as
// theme values (bg-paper, text-ink, font-sans, max-w-measure ...).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // Contrast against paper: ink 15.9:1, muted 7.4:1, accent 6.9:1 (WCAG AA needs 4.5:1).
        paper: "#fbf8f3",
        card: "#ffffff",
        ink: "#1f1b16",
        muted: "#57504a",
        line: "#e4ddd3",
        accent: {
          DEFAULT: "#9a3d25",
          strong: "#7b2e1a",
          soft: "#f6e7e1",
        },
        sage: {
          DEFAULT: "#3f6b57",
          soft: "#e5efe9",
        },
        danger: "#a4161a",
      },
      fontFamily: {
        sans: [
          // The self-hosted subsets (app/fonts/web-fonts.ts): every face is declared in this one
          // family (WEB_FONT_FAMILY), each with its unicode-range. next/font's variable holds the
          // family it would have named (the export's name, which no face uses with a custom
          // font-family) and the metric-matched fallback for the swap. Then the same design where
          // it is installed.
          "'Sentaku Noto Sans JP'",
          "var(--font-noto-sans-jp)",
          '"Noto Sans JP"',
          '"Hiragino Sans"',
          '"Hiragino Kaku Gothic ProN"',
          '"Yu Gothic UI"',
          "Meiryo",
          "sans-serif",
        ],
      },
      spacing: {
        gutter: "1.25rem",
        section: "3.5rem",
      },
      maxWidth: {
        // About 38 full-width characters at the body size.
        measure: "38em",
        page: "72rem",
      },
      lineHeight: {
        prose: "2",
      },
      letterSpacing: {
        ja: "0.04em",
      },
    },
  },
};

export default config;
