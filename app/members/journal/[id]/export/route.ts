import { requireUser } from "@/lib/auth/session";
import { tokyoDay } from "@/lib/journal/dates";
import { exportFileName, exportHeaders, exportStream, type ExportFormat } from "@/lib/journal/export";
import { getEntry } from "@/lib/journal/entries";
import type { EntryDetail } from "@/lib/journal/types";

/** One entry as a file. Someone else's entry is a 404, exactly like one that never existed. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const user = await requireUser(`/members/journal/${encodeURIComponent(id)}`);
  const entry = await getEntry(user.id, id);
  if (!entry) {
    return new Response("記録が見つかりません。", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const format: ExportFormat =
    new URL(request.url).searchParams.get("format") === "json" ? "json" : "markdown";
  const now = new Date();
  const found: EntryDetail = entry;
  async function* one() {
    yield found;
  }
  return new Response(exportStream(format, one(), now, 1), {
    headers: exportHeaders(format, exportFileName(format, tokyoDay(now), entry.id)),
  });
}
