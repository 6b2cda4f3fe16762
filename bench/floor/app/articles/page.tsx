import { readFileSync } from "node:fs";
import path from "node:path";

// The text of Sentaku's article page (bench/run.ts copies its <main>), read at build time: the
// page is prerendered, like Sentaku's article pages.
const pages = JSON.parse(readFileSync(path.join(process.cwd(), "pages.json"), "utf8")) as Record<
  string,
  string
>;

export default function ArticlePage() {
  return <main dangerouslySetInnerHTML={{ __html: pages.article ?? "" }} />;
}
