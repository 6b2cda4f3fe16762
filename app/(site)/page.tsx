import { site } from "@/lib/site";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-page px-gutter py-section">
      <h1 className="text-3xl font-bold">{site.name}</h1>
      <p className="mt-3 text-lg text-muted">{site.tagline}</p>
    </div>
  );
}
