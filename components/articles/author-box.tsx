import { site } from "@/lib/site";

export function AuthorBox() {
  return (
    <aside aria-labelledby="author-label" className="mt-12 rounded-lg bg-accent-soft px-5 py-4 sm:px-6">
      <p id="author-label" className="text-sm font-bold text-accent-strong">
        この記事を書いた人
      </p>
      <p className="mt-1 font-bold">{site.author.name}</p>
      <p className="mt-1 text-[0.95em] leading-loose">{site.author.bio}</p>
    </aside>
  );
}
