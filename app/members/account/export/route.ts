import { requireUser } from "@/lib/auth/session";
import { accountSummary } from "@/lib/account/delete-account";
import { tokyoDay } from "@/lib/journal/dates";
import { exportFileName, exportHeaders, exportStream, type ExportFormat } from "@/lib/journal/export";
import { accountExtras } from "@/lib/journal/export-account";
import { entriesForExport } from "@/lib/journal/export-entries";

/** Everything she has as one file: entries (streamed a batch at a time), rankings, downloads. */
export async function GET(request: Request): Promise<Response> {
  const user = await requireUser("/members/account");
  const format: ExportFormat =
    new URL(request.url).searchParams.get("format") === "json" ? "json" : "markdown";
  const now = new Date();
  const [{ entries }, extras] = await Promise.all([accountSummary(user.id), accountExtras(user.id)]);
  return new Response(exportStream(format, entriesForExport(user.id), now, entries, extras), {
    headers: exportHeaders(format, exportFileName(format, tokyoDay(now))),
  });
}
