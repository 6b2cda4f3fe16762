import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { attachmentDisposition } from "@/lib/downloads/content-disposition";
import { bookMonths, bookSummary, monthEntries } from "@/lib/insights/book/entries";
import { bookFonts } from "@/lib/insights/book/fonts";
import { oneAtATime } from "@/lib/insights/book/one-at-a-time";
import { type BookError, parseBookPeriod, periodRange } from "@/lib/insights/book/period";
import { renderBook } from "@/lib/insights/book/render";
import { tokyoDay } from "@/lib/journal/dates";

// Her year book, made for this request from her entries alone and handed over from memory: it is
// never written to disk or kept. pdf-lib writes a document whole, so the body goes out in one
// piece once typeset (not streamed), and books wait for each other (one-at-a-time.ts).

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
  const pdf = await oneAtATime(async () => {
    const [summary, fonts] = await Promise.all([bookSummary(user.id, from, to), bookFonts()]);
    return renderBook({
      period,
      months,
      entriesOf: (month) => monthEntries(user.id, month, from, to),
      summary,
      createdAt: now,
      fonts,
    });
  });
  return new Response(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": attachmentDisposition(
        `わたしの記録-${period.slug}.pdf`,
        `sentaku-journal-book-${period.slug}.pdf`,
      ),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
