import "server-only";
import { ImageResponse } from "next/og";
import { ogFonts } from "./og-image";

/** The site's colours for the icon and the manifest (tailwind.config.ts: accent, paper). */
export const ICON_COLORS = { accent: "#9a3d25", paper: "#fbf8f3" };

/** The sizes the manifest and the favicon name (app/icon.tsx serves each at /icon/<size>). */
export const ICON_SIZES = [32, 192, 512] as const;

const GLYPH = "選";

/**
 * The app icon: 選 (sentaku's first character) in paper on the accent colour, full bleed so a
 * phone's own mask (circle, squircle) crops it cleanly; the glyph stays inside the safe middle 60 %.
 */
export function appIcon(size: number): ImageResponse {
  const { fonts, families } = ogFonts({ 700: GLYPH, 400: "" });
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: ICON_COLORS.accent,
        color: ICON_COLORS.paper,
        fontFamily: families[700],
        fontWeight: 700,
        fontSize: Math.round(size * 0.58),
        lineHeight: 1,
      }}
    >
      {GLYPH}
    </div>,
    { width: size, height: size, fonts },
  );
}

/**
 * A .ico holding one PNG (allowed since Windows Vista and read by every current browser), so the
 * /favicon.ico that browsers ask for on their own is a real icon rather than a 404.
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(0, 0, true); // reserved
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  header.setUint8(7, size >= 256 ? 0 : size); // height
  header.setUint8(8, 0); // no palette
  header.setUint8(9, 0); // reserved
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.byteLength, true); // image size
  header.setUint32(18, 22, true); // image offset
  const ico = new Uint8Array(22 + png.byteLength);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}
