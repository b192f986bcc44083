# shellcheck shell=bash
# Sourced after env.sh. Starts Debian's docker-registry (CNCF Distribution)
# on 127.0.0.1 with its storage under <state dir>, seeds it with the demo
# models (packages/oci-seed) and sets AIP_REGISTRY_CONFIG to the portal
# configuration (aiPlatform.registries) that points at it. The registry is
# stopped when the calling script exits.
#
#   aip_start_registry <port> <state dir>
#
# Where no registry server can run (the package cannot be installed, or the
# server does not start), the demo models are written as OCI image layouts
# under <state dir>/layout instead, and the portal reads them from there.
# AIP_REGISTRY=layout forces that.

aip_start_registry() {
  local port="$1" dir="$2"
  mkdir -p "$dir"
  AIP_REGISTRY_CONFIG="$dir/app-config.yaml"
  rm -f "$AIP_REGISTRY_CONFIG"
  if [ "${AIP_REGISTRY:-}" != layout ] && aip_registry_server "$port" "$dir"; then
    node "$AIP_ROOT/packages/oci-seed/bin/oci-seed" --registry "http://127.0.0.1:$port" \
      --app-config "$AIP_REGISTRY_CONFIG" --report "$dir/seed-report.json" >&2 ||
      aip_die "seeding the registry on port $port failed; see $dir/registry.log"
    aip_log "model registry: docker-registry on http://127.0.0.1:$port, seeded (log $dir/registry.log)"
    return 0
  fi
  rm -rf "$dir/layout"
  node "$AIP_ROOT/packages/oci-seed/bin/oci-seed" --layout "$dir/layout" \
    --app-config "$AIP_REGISTRY_CONFIG" --report "$dir/seed-report.json" >&2 ||
    aip_die "writing the demo models as OCI image layouts under $dir/layout failed"
  aip_log "model registry: no registry server, reading the demo models from OCI image layouts in $dir/layout"
}

# Starts the server; answers 1 (after saying why) when it cannot.
aip_registry_server() {
  local port="$1" dir="$2"
  if ! command -v docker-registry >/dev/null 2>&1; then
    (aip_apt_install docker-registry) || true
  fi
  if ! command -v docker-registry >/dev/null 2>&1; then
    aip_log "docker-registry is not installed and could not be; falling back to OCI image layouts"
    return 1
  fi
  # Fresh storage on every start, so the seeded digests are all there is.
  rm -rf "$dir/storage"
  cat >"$dir/config.yml" <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $dir/storage
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: $(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
YAML
  docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 &
  AIP_REGISTRY_PID=$!
  # Stop the registry with the script, next to whatever else it stops.
  local previous
  previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
  # shellcheck disable=SC2064
  trap "kill $AIP_REGISTRY_PID 2>/dev/null; ${previous:-:}" EXIT
  local waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/v2/" 2>/dev/null; do
    if ! kill -0 "$AIP_REGISTRY_PID" 2>/dev/null; then
      aip_log "docker-registry did not start (is port $port in use?): $(tail -3 "$dir/registry.log")"
      return 1
    fi
    if [ "$waited" -ge 100 ]; then
      kill "$AIP_REGISTRY_PID" 2>/dev/null
      aip_log "docker-registry did not answer within 10 s; see $dir/registry.log"
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}
