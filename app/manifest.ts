import type { MetadataRoute } from "next";
import { ICON_COLORS } from "@/lib/content/app-icon";
import { site } from "@/lib/site";

/** So a member can add her journal to the home screen and open it like an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name}(${site.nameReading})メンバー`,
    short_name: site.name,
    description: site.description,
    lang: "ja",
    start_url: "/members",
    scope: "/",
    display: "standalone",
    background_color: ICON_COLORS.paper,
    theme_color: ICON_COLORS.paper,
    icons: [
      { src: "/icon/192", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon/512", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon/512", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
