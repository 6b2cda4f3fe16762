import { readFileSync } from "node:fs";
import path from "node:path";

// The text of Sentaku's home page (bench/run.ts copies its <main>), read at build time.
const pages = JSON.parse(readFileSync(path.join(process.cwd(), "pages.json"), "utf8")) as Record<
  string,
  string
>;

export default function HomePage() {
  return <main dangerouslySetInnerHTML={{ __html: pages.home ?? "" }} />;
}
