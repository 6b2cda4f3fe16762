import { splitMatches } from "@/lib/journal/highlight";

/** Text with the search's matches in <mark>; React escapes every part, so nothing she wrote is HTML. */
export function Highlighted({ text, query }: { text: string; query: string | null }) {
  return (
    <>
      {splitMatches(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-[#ffe58f] px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
