import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function footerHtml(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { SiteFooter } = await import("@/components/site-footer");
  return renderToStaticMarkup(<SiteFooter />);
}

afterEach(() => vi.unstubAllEnvs());

describe("the footer", () => {
  it("links the author's LINE account when LINE_URL is set", async () => {
    const html = await footerHtml({ LINE_URL: "https://lin.ee/sentaku" });
    expect(html).toContain('href="https://lin.ee/sentaku"');
    expect(html).toContain("LINE 公式アカウント");
  });

  it("promises no LINE account when none is configured", async () => {
    expect(await footerHtml({ LINE_URL: "" })).not.toContain("LINE");
  });
});
