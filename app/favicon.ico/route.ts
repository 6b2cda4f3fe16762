import { appIcon, icoFromPng } from "@/lib/content/app-icon";

// Browsers ask for /favicon.ico on their own, whatever the page's <link rel="icon"> says.
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const png = new Uint8Array(await appIcon(32).arrayBuffer());
  return new Response(icoFromPng(png, 32), {
    headers: { "Content-Type": "image/x-icon", "Cache-Control": "public, max-age=86400" },
  });
}
