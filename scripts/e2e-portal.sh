#!/usr/bin/env bash
# The portal the end-to-end tests run against (started by playwright.config.ts):
# fixture clusters on ports 16443+ (admin API on 16442, which tests use to
# inject faults), a seeded model registry on 15000 and the backend on
# E2E_PORT serving the built frontend.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$AIP_ROOT/scripts/fixtures.sh"
source "$AIP_ROOT/scripts/registry.sh"

aip_ensure_gitops_repo
aip_start_fixture_clusters "${E2E_FIXTURE_PORT:-16443}" "${E2E_FIXTURE_ADMIN_PORT:-16442}" "$AIP_TOOLS/fixtures-e2e"
aip_start_registry "${E2E_REGISTRY_PORT:-15000}" "$AIP_TOOLS/registry-e2e"
yarn workspace backend start --config "$AIP_ROOT/app-config.yaml" --config "$AIP_FIXTURE_CONFIG" --config "$AIP_REGISTRY_CONFIG"
