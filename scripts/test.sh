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
# The integration suite runs on SQLite, and again on PostgreSQL when a server answers
# (SENTAKU_TEST_POSTGRES_URL, by default the local one that .ci/run makes sure of).
pg_url="${SENTAKU_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if node scripts/postgres-reachable.mjs "$pg_url"; then
  export SENTAKU_TEST_POSTGRES_URL="$pg_url"
  echo "Integration tests run on SQLite and on PostgreSQL ($(node -e 'const u=new URL(process.argv[1]);console.log(u.host)' "$pg_url"))."
else
  unset SENTAKU_TEST_POSTGRES_URL
  echo "Integration tests run on SQLite only: no PostgreSQL answers at $pg_url. To run them on PostgreSQL too, start a server (sudo apt-get install -y postgresql) or set SENTAKU_TEST_POSTGRES_URL=postgresql://user@host:5432/postgres."
fi
npx vitest run
step "Production build"
# The end-to-end suite serves this build with a members-only fixture article beside the real
# ones; article pages are prerendered from the folders it is built with (unknown slugs are 404s).
ARTICLES_DIR="content/articles:tests/e2e/fixtures/articles" npx next build

step "End-to-end tests"
chromium="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "No Chromium found: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and run npm test again." >&2
  exit 1
fi
CHROMIUM_PATH="$chromium" npx playwright test

step "End-to-end tests through nginx (PostgreSQL, two instances)"
# Two production instances on one fresh PostgreSQL database behind deploy/nginx: sign-in across
# instances, the public-page cache, the sign-in limit and an instance killed mid-save.
nginx_bin="${NGINX_BIN:-$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)}"
if [ -z "$nginx_bin" ]; then
  echo "Not run: nginx is missing. Install it (sudo apt-get install -y nginx; .ci/run does) and run: npx playwright test -c playwright.nginx.config.ts"
elif ! node scripts/postgres-reachable.mjs "$pg_url"; then
  echo "Not run: no PostgreSQL answers at $pg_url. Start one (or set SENTAKU_TEST_POSTGRES_URL) and run: npx playwright test -c playwright.nginx.config.ts"
else
  NGINX_BIN="$nginx_bin" SENTAKU_TEST_POSTGRES_URL="$pg_url" CHROMIUM_PATH="$chromium" npx playwright test -c playwright.nginx.config.ts
fi
