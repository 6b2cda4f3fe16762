import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { attachmentDisposition } from "@/lib/downloads/content-disposition";
import { bookMonths, bookSummary, monthEntries } from "@/lib/insights/book/entries";
import { bookFonts } from "@/lib/insights/book/fonts";
import { waitForTurn } from "@/lib/insights/book/one-at-a-time";
import { type BookError, parseBookPeriod, periodRange } from "@/lib/insights/book/period";
import { renderBookInWorker } from "@/lib/insights/book/in-worker";
import { bookBody } from "@/lib/insights/book/stream";
import { tokyoDay } from "@/lib/journal/dates";

// Her year book, made for this request from her entries alone and streamed as it is typeset: each
// page goes out once full (lib/downloads/pdf/stream-writer.ts), the fonts, bookmarks and
// cross-reference table at the end, so a 10,000-entry book never sits whole in memory and is never
// written to disk or kept. It is typeset in a worker thread with a capped heap that ends with the
// book (in-worker.ts), so the server's own heap does not grow for it. The length is known only at
// the end, so there is no Content-Length; a failure part-way errors the stream, and the browser
// reports a failed download instead of keeping a cut file. Books wait for each other, from the
// first byte to the last (one-at-a-time.ts).

const FIELDS = ["kind", "year", "fiscalYear", "from", "to"] as const;

/** Back to the form with the message's code and her choices, so she fixes one thing. */
function back(error: BookError, fields: Record<string, string | undefined>): never {
  const query = new URLSearchParams({ book_error: error });
  for (const name of FIELDS) {
    const value = fields[name];
    // Only form-shaped values travel back; anything longer was not typed into this form.
    if (value && value.length <= 10) query.set(name === "year" ? "book_year" : name, value);
  }
  redirect(`/members/insights?${query.toString()}#book`);
}

export async function GET(request: Request): Promise<Response> {
  const user = await requireUser("/members/insights");
  const params = new URL(request.url).searchParams;
  const fields = Object.fromEntries(FIELDS.map((name) => [name, params.get(name) ?? undefined]));
  const now = new Date();
  const parsed = parseBookPeriod(fields, tokyoDay(now));
  if (!parsed.ok) back(parsed.error, fields);
  const { period } = parsed;
  const { from, to } = periodRange(period);
  const months = await bookMonths(user.id, from, to);
  if (months.length === 0) back("empty", fields);
  const release = await waitForTurn();
  let book: AsyncGenerator<Uint8Array, void, undefined>;
  try {
    const [summary, fonts] = await Promise.all([bookSummary(user.id, from, to), bookFonts()]);
    book = renderBookInWorker({
      period,
      months,
      entriesOf: (month) => monthEntries(user.id, month, from, to),
      summary,
      createdAt: now,
      fonts,
    });
  } catch (error) {
    release();
    throw error;
  }
  return new Response(bookBody(book, release), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(
        `わたしの記録-${period.slug}.pdf`,
        `sentaku-journal-book-${period.slug}.pdf`,
      ),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
