import { appIcon, ICON_SIZES } from "@/lib/content/app-icon";

// Drawn once at build time, one PNG per size: /icon/32 for the tab, 192 and 512 for the manifest.
export function generateImageMetadata() {
  return ICON_SIZES.map((size) => ({
    id: String(size),
    size: { width: size, height: size },
    contentType: "image/png",
  }));
}

export default async function Icon({ id }: { id: Promise<string> }) {
  const size = Number(await id);
  return appIcon(ICON_SIZES.find((known) => known === size) ?? 32);
}
