import { appIcon } from "@/lib/content/app-icon";

// The home-screen icon iOS asks for (180 × 180), drawn once at build time.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return appIcon(180);
}
