import { isValidDay, isValidMonth } from "./dates";
import { SEARCH_MAX_LENGTH } from "./limits";
import {
  CUSTOM_PREFIX,
  customLabelProblem,
  isCatalogueId,
  isCustomKey,
  normaliseCustomLabel,
} from "./values";

// The list's filters, read from an address or a form. No zod here: the browser imports this too.

/** Anything malformed is dropped, so a hand-edited address still shows a list. */
export interface JournalFilters {
  q: string | null;
  value: string | null;
  month: string | null;
  day: string | null;
}

export function parseFilters(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): JournalFilters {
  const get = (name: string): string => {
    const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  };
  const q = normaliseCustomLabel(get("q")).slice(0, SEARCH_MAX_LENGTH);
  const value = get("value");
  const month = get("month");
  const day = get("day");
  const valueOk =
    isCatalogueId(value) ||
    (isCustomKey(value) && customLabelProblem(value.slice(CUSTOM_PREFIX.length)) === null);
  return {
    q: q || null,
    value: valueOk ? value : null,
    month: isValidMonth(month) ? month : null,
    day: isValidDay(day) ? day : null,
  };
}

export function filtersToSearchParams(filters: JournalFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.value) params.set("value", filters.value);
  if (filters.month) params.set("month", filters.month);
  if (filters.day) params.set("day", filters.day);
  return params;
}
