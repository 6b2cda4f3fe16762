import type { TocEntry } from "@/lib/content/markdown";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav
      aria-labelledby="toc-label"
      className="mt-10 rounded-lg border border-line bg-card px-5 py-4 sm:px-6"
    >
      <p id="toc-label" className="font-bold">
        目次
      </p>
      <ol className="mt-2 list-decimal space-y-1.5 pl-6 leading-relaxed marker:text-muted">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
