import type { z } from "zod";

/**
 * What every members-area server action returns. Expected failures (invalid input, an entry that
 * is not hers) are results the form shows; unexpected ones throw into the segment's error page.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** A sentence for the form's live region, in Japanese. */
      error: string;
      /** First message per field name. */
      fieldErrors: Partial<Record<string, string>>;
      /** Set when the entry does not exist for this member (never "exists but is someone else's"). */
      notFound?: true;
    };

export const INVALID_MESSAGE =
  "保存できませんでした。赤く示した項目を確かめてください。入力した内容はそのまま残っています。";
export const NOT_FOUND_MESSAGE = "この記録は見つかりませんでした。すでに削除されたかもしれません。";

export function notFoundResult<T>(): ActionResult<T> {
  return { ok: false, error: NOT_FOUND_MESSAGE, fieldErrors: {}, notFound: true };
}

/** First message per field, the shape the forms show. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string>> {
  const result: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    result[field] ??= issue.message;
  }
  return result;
}
