#!/usr/bin/env bash
# Runs every test of the repository, as CI does: formatting, lint, type
# check, unit and integration tests, the production frontend build, and the
# end-to-end tests in Chromium against the built portal. Installs what is
# missing first (Node.js 22, dependencies, Debian's Chromium).
#
# Prints the time of each step and ends with one line of totals
# ("N passed, N failed") counted from the Jest and Playwright reports.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$AIP_ROOT/scripts/postgres.sh"
source "$AIP_ROOT/scripts/redis.sh"

export CI="${CI:-true}" # non-interactive runners, no watch mode
REPORTS="$AIP_ROOT/node_modules/.cache/ai-platform-test"
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
SUMMARY=()
FAILED=0

step() {
  local name="$1" start status
  shift
  aip_log "── $name"
  start=$(date +%s)
  if "$@"; then status=ok; else status=FAILED; FAILED=1; fi
  SUMMARY+=("$(printf '%-28s %-6s %4ss' "$name" "$status" "$(($(date +%s) - start))")")
  [ "$status" = ok ]
}

finish() {
  aip_log "── summary"
  printf '  %s\n' "${SUMMARY[@]}" >&2
  node "$AIP_ROOT/scripts/count-tests.js" "$REPORTS"
  exit "$FAILED"
}

# docker-registry: the real OCI registry of the registry integration tests
# (they start their own on a free loopback port; the Debian package's own
# service on :5000, where systemd starts it, is not used).
# redis-server: the shared registry digest cache (backend.cache.store: redis).
step "system packages" aip_apt_install chromium fonts-liberation docker-registry redis-server || finish
# PostgreSQL: the stores' tests run against it as well as SQLite.
step "PostgreSQL" aip_start_postgres "${AIP_TEST_POSTGRES_PORT:-55432}" "${TMPDIR:-/tmp}/aip-postgres-test" || finish
# Redis: the registry digest cache the backend replicas share.
step "Redis" aip_start_redis "${AIP_TEST_REDIS_PORT:-56379}" "${TMPDIR:-/tmp}/aip-redis-test" || finish
step "prettier" yarn prettier --check . || true
step "lint" yarn backstage-cli repo lint --max-warnings 0 || true
step "type check" yarn tsc:full || true
# The type check leaves the declarations in dist-types; the API reports of the
# published plugin packages are compared with them (a stale report fails:
# run `yarn build:api-reports` and commit the reports). The packages'
# publishing metadata must be what `backstage-cli repo fix --publish` writes.
step "API reports" yarn build:api-reports:only --ci || true
step "package metadata" yarn backstage-cli repo fix --publish --check || true
# The REST API's router spec and types are generated from its OpenAPI
# document (plugins/ai-platform-backend/src/schema/openapi.yaml).
step "OpenAPI generated" yarn workspace @ai-platform/backstage-plugin-ai-platform-backend openapi:generate --check || true
step "unit and integration" yarn backstage-cli repo test \
  --json --outputFile="$REPORTS/jest.json" || true
step "build app" yarn workspace app build || finish
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" \
  step "e2e (Chromium)" yarn playwright test --reporter=list,json || true
finish
