// `npm run build`: a production build that records the public address it was made for, so
// `npm start` can tell when it is served at another one (scripts/build-origin.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { settings } from "../lib/env";
import { recordBuildUrl } from "./build-origin";

const require = createRequire(import.meta.url);
const { distDir, publicUrl } = settings();
const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
recordBuildUrl(distDir, publicUrl);
