import { foldForSearch } from "@/lib/db/search-index/tokens";
import {
  type BodyParts,
  HEAD_CHARS,
  NEAR_MATCH_MAX,
  WINDOW_AFTER,
  WINDOW_BEFORE,
} from "@/lib/journal/summary-text";

/**
 * The parts of a body lib/journal/list-sql.ts summarySql asks the database for, cut here in
 * JavaScript by the same rules (positions and lengths in code points, 1-based like SQL's), so the
 * unit tests can try summary-text.ts on any body and the integration tests can check that each
 * database cuts exactly this.
 */
export function partsOf(body: string, query: string | null): BodyParts {
  const chars = Array.from(body);
  const needle = query ? foldForSearch(query) : null;
  const at = needle ? foldForSearch(body).indexOf(needle) : -1;
  const position = at < 0 ? 0 : Array.from(body.slice(0, at)).length + 1;
  const reach = needle ? Array.from(needle).length + WINDOW_AFTER : 0;
  const headLength =
    position > 0 && position <= NEAR_MATCH_MAX && position + reach - 1 > HEAD_CHARS
      ? position + reach - 1
      : HEAD_CHARS;
  const deep = position > NEAR_MATCH_MAX;
  return {
    head: chars.slice(0, headLength).join(""),
    headComplete: headLength >= chars.length,
    position,
    window: deep
      ? {
          before: chars.slice(position - 1 - WINDOW_BEFORE, position - 1).join(""),
          from: chars.slice(position - 1, position - 1 + reach).join(""),
          fromComplete: position - 1 + reach >= chars.length,
          dotted: chars.slice(0, position - 1).includes("İ"),
        }
      : null,
  };
}
