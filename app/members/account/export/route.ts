import { requireUser } from "@/lib/auth/session";
import { accountSummary } from "@/lib/account/delete-account";
import { tokyoDay } from "@/lib/journal/dates";
import { exportFileName, exportHeaders, exportStream, type ExportFormat } from "@/lib/journal/export";
import { entriesForExport } from "@/lib/journal/export-entries";

/** All of her entries as one file, streamed a batch at a time. */
export async function GET(request: Request): Promise<Response> {
  const user = await requireUser("/members/account");
  const format: ExportFormat =
    new URL(request.url).searchParams.get("format") === "json" ? "json" : "markdown";
  const now = new Date();
  const { entries } = await accountSummary(user.id);
  return new Response(exportStream(format, entriesForExport(user.id), now, entries), {
    headers: exportHeaders(format, exportFileName(format, tokyoDay(now))),
  });
}
