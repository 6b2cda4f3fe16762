import type { NextConfig } from "next";
import { settings } from "./lib/env";
import { securityHeaderRules } from "./lib/security/headers";

const env = settings();

const nextConfig: NextConfig = {
  // Lets parallel builds (tests, benchmarks) use their own output folder.
  distDir: env.distDir,
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    // Security headers on every response; proxy.ts adds the nonce CSP of per-request pages.
    return securityHeaderRules({ production: env.production, https: env.https });
  },
  // `npm test` type-checks the whole project once with `tsc --noEmit`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    // The gated file route lives in pages/api (see the comment there) behind a members URL.
    return [{ source: "/members/downloads/:slug", destination: "/api/member-downloads/:slug" }];
  },
  // Bundled, not loaded from node_modules at run time: that file route checks the session with
  // authOptions, whose modules carry `import "server-only"`. Bundled, it resolves to Next's empty
  // module on the server and still fails the build if a client component imports it; required
  // externally (the default for Pages Router dependencies) it would throw on every request.
  transpilePackages: ["server-only"],
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/schema-engine-wasm"],
  experimental: {
    // Each route's modules load on its first request rather than all at start: the PDF stack
    // (pdf-lib, fontkit), mail and account pages sat in every server's memory whether or not
    // anyone asked for them (23 MB resident at start, 15 MB after the benchmark's loads; issue 17).
    // The first request to such a route after a restart pays for its loading once.
    preloadEntriesOnStart: false,
  },
};

export default nextConfig;
