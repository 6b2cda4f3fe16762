import { requireUser } from "@/lib/auth/session";
import { calendarDays } from "@/lib/journal/calendar";
import { isValidMonth, monthOf, tokyoDay } from "@/lib/journal/dates";
import { parseFilters } from "@/lib/journal/schema";

/**
 * Her entries per day of a month for the calendar, through the list's own search and value
 * filter (validated the same way: anything malformed is dropped), so the two never disagree.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await requireUser("/members/journal");
  const params = new URL(request.url).searchParams;
  const requested = params.get("month") ?? "";
  const month = isValidMonth(requested) ? requested : monthOf(tokyoDay());
  const { q, value } = parseFilters(params);
  const days = await calendarDays(user.id, month, { q, value });
  return Response.json({ month, days }, { headers: { "Cache-Control": "private, no-store" } });
}
