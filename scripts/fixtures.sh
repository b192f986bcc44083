# shellcheck shell=bash
# Sourced after env.sh. Starts the fixture Kubernetes clusters of
# examples/clusters in the background (stopped when the calling script
# exits) and sets AIP_FIXTURE_CONFIG to the portal configuration that points
# at them.
#
#   aip_start_fixture_clusters <first cluster port> <admin port> <state dir>
#
# AIP_SYNTHETIC_CLUSTERS=20x300x8000 adds synthetic clusters (clusters x
# nodes x pods), as the benchmark uses, to look at the pages at scale.

aip_start_fixture_clusters() {
  local port="$1" admin_port="$2" dir="$3"
  mkdir -p "$dir"
  rm -f "$dir/app-config.yaml"
  local synthetic=()
  [ -z "${AIP_SYNTHETIC_CLUSTERS:-}" ] || synthetic=(--synthetic "$AIP_SYNTHETIC_CLUSTERS")
  node "$AIP_ROOT/packages/kube-fixture-server/bin/kube-fixture-server" \
    --clusters "$AIP_ROOT/examples/clusters" "${synthetic[@]}" \
    --port "$port" --admin-port "$admin_port" \
    --kubeconfig "$dir/kubeconfig" --app-config "$dir/app-config.yaml" \
    >"$dir/fixture-server.log" 2>&1 &
  AIP_FIXTURE_PID=$!
  trap 'kill "$AIP_FIXTURE_PID" 2>/dev/null' EXIT
  local waited=0
  until [ -s "$dir/app-config.yaml" ]; do
    if ! kill -0 "$AIP_FIXTURE_PID" 2>/dev/null; then
      cat "$dir/fixture-server.log" >&2
      aip_die "the fixture clusters did not start (log above; is port $port or $admin_port in use?)"
    fi
    [ "$waited" -lt 300 ] || aip_die "the fixture clusters did not start within 30 s; see $dir/fixture-server.log"
    sleep 0.1
    waited=$((waited + 1))
  done
  AIP_FIXTURE_CONFIG="$dir/app-config.yaml"
  aip_log "fixture clusters: $(grep -c '^    - name:' "$AIP_FIXTURE_CONFIG") on ports $port+, kubeconfig $dir/kubeconfig"
}
