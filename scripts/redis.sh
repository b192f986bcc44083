# shellcheck shell=bash
# Sourced after env.sh. Starts a throw-away Redis server from Debian's
# redis-server package on 127.0.0.1:<port>, keeping nothing on disk, and
# exports AIP_TEST_REDIS_URL for the tests of the shared registry digest
# cache (backend.cache.store: redis). AIP_REQUIRE_REDIS=1 is exported too:
# those tests then fail, instead of skipping, when Redis is not reachable.
# The server stops when the calling script exits.
#
#   aip_start_redis <port> <state dir>

aip_start_redis() {
  local port="$1" dir="$2"
  command -v redis-server >/dev/null 2>&1 || aip_apt_install redis-server
  command -v redis-server >/dev/null 2>&1 ||
    aip_die "redis-server was not found after installing 'redis-server'"
  rm -rf "$dir" && mkdir -p "$dir"
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
    --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" \
    --logfile "$dir/redis.log" ||
    aip_die "Redis did not start on port $port; see $dir/redis.log"
  local i
  for i in $(seq 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    [ "$i" -eq 50 ] && aip_die "Redis does not answer on port $port; see $dir/redis.log"
    sleep 0.1
  done
  local previous
  previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
  # shellcheck disable=SC2064 # expand now: the stop command is fixed here
  trap "redis-cli -p $port shutdown nosave >/dev/null 2>&1; ${previous:-:}" EXIT
  export AIP_TEST_REDIS_URL="redis://127.0.0.1:$port"
  export AIP_REQUIRE_REDIS=1
  aip_log "Redis on 127.0.0.1:$port (logs in $dir)"
}
