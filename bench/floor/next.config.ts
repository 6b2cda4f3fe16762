import path from "node:path";
import type { NextConfig } from "next";

// The framework floor (see ./README.md): a separate, minimal Next app that bench/run.ts builds and
// starts beside Sentaku. Settings come straight from the environment because this is benchmark
// tooling with two variables, not the app (whose settings all go through lib/env.ts).
const nextConfig: NextConfig = {
  distDir: process.env.FLOOR_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The repository's node_modules serve both apps; without this Turbopack would pick a root itself.
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["better-sqlite3"],
};

export default nextConfig;
