#!/usr/bin/env bash
# Starts the whole portal with its embedded defaults: the fixture Kubernetes
# clusters of examples/clusters (API servers on https://127.0.0.1:6443 and
# the next ports; kubeconfig in .tools/fixtures/kubeconfig), the frontend on
# http://localhost:3000 and the backend on http://localhost:7007 (SQLite in
# memory, the demo catalog from examples/), and a local OCI registry on
# http://127.0.0.1:5000 seeded with the demo models (or OCI image layouts
# where no registry server can run). Installs what is missing first.
# Extra arguments go to `backstage-cli repo start`.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$AIP_ROOT/scripts/fixtures.sh"
source "$AIP_ROOT/scripts/registry.sh"

aip_ensure_gitops_repo
aip_start_fixture_clusters 6443 6442 "$AIP_TOOLS/fixtures"
aip_start_registry "${AIP_REGISTRY_PORT:-5000}" "$AIP_TOOLS/registry"
aip_log "starting the portal: frontend http://localhost:3000, backend http://localhost:7007"
yarn start --config "$AIP_ROOT/app-config.yaml" --config "$AIP_FIXTURE_CONFIG" --config "$AIP_REGISTRY_CONFIG" "$@"
