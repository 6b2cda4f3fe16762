import { requireUser } from "@/lib/auth/session";
import { isValidMonth, monthOf, tokyoDay } from "@/lib/journal/dates";
import { dayCounts } from "@/lib/journal/stats";

/** How many entries she wrote on each day of a month, for the calendar. */
export async function GET(request: Request): Promise<Response> {
  const user = await requireUser("/members/journal");
  const requested = new URL(request.url).searchParams.get("month") ?? "";
  const month = isValidMonth(requested) ? requested : monthOf(tokyoDay());
  const days = await dayCounts(user.id, month);
  return Response.json({ month, days }, { headers: { "Cache-Control": "private, no-store" } });
}
