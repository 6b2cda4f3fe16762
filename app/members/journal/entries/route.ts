import { requireUser } from "@/lib/auth/session";
import { listEntries } from "@/lib/journal/entries";
import { filtersToSearchParams, parseFilters } from "@/lib/journal/schema";

/** One page of her entries as JSON, for the list's paging, filters and search. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const filters = parseFilters(params);
  const query = filtersToSearchParams(filters).toString();
  const user = await requireUser(query ? `/members/journal?${query}` : "/members/journal");
  const page = await listEntries(user.id, filters, { cursor: params.get("cursor") });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
}
