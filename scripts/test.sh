#!/usr/bin/env bash
# `npm test`: everything a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "Format"
npx prettier --check . --log-level warn
step "Lint"
npx eslint . --max-warnings 0
step "Typecheck"
npx tsc --noEmit
step "Migrations match schema.prisma"
npx tsx scripts/db.ts check
step "Unit and integration tests"
npx vitest run
step "Production build"
npx next build

step "End-to-end tests"
chromium="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "No Chromium found: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and run npm test again." >&2
  exit 1
fi
CHROMIUM_PATH="$chromium" npx playwright test
