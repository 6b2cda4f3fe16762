import { requireUser } from "@/lib/auth/session";
import { downloadPreview } from "@/lib/downloads/preview";

/** GET /members/download-previews/<slug>: the first page of a member file, for its card. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireUser("/members/downloads");
  const png = await downloadPreview(slug);
  if (!png)
    return new Response("見つかりません", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(png, {
    headers: {
      "Content-Type": "image/png",
      // Members only, but the picture of a given version never changes: the browser may keep it.
      "Cache-Control": "private, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
