# shellcheck shell=bash
# Sourced after env.sh. Starts a throw-away PostgreSQL server from Debian's
# packages on 127.0.0.1:<port>, with its data under <state dir>, and exports
# the connection string that @backstage/backend-test-utils' TestDatabases
# reads (BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING), so the
# store tests run against SQLite and PostgreSQL. AIP_REQUIRE_POSTGRES=<id>
# is exported too: the store tests then fail, instead of skipping, when that
# database is not available. The server stops when the calling script exits.
#
#   aip_start_postgres <port> <state dir>
#
# The state dir must be reachable by the "postgres" user when run as root
# (a folder under /tmp, not under /root).

aip_start_postgres() {
  local port="$1" dir="$2" bin major owner=()
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    aip_apt_install postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -x "$bin/initdb" ] || aip_die "PostgreSQL's initdb was not found after installing 'postgresql'"
  major=$(basename "$(dirname "$bin")")

  # PostgreSQL refuses to run as root; Debian's package creates the
  # 'postgres' user for it.
  if [ "$(id -u)" -eq 0 ]; then owner=(runuser -u postgres --); fi
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  "${owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --no-instructions >"$dir/initdb.log" 2>&1 ||
    aip_die "initdb failed; see $dir/initdb.log"
  "${owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null ||
    aip_die "PostgreSQL did not start on port $port; see $dir/server.log"
  local previous
  previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
  # shellcheck disable=SC2064 # expand now: the stop command is fixed here
  trap "${owner[*]} $bin/pg_ctl -D $dir/data -m immediate stop >/dev/null 2>&1; ${previous:-:}" EXIT
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${major}_CONNECTION_STRING=postgresql://postgres@127.0.0.1:$port/postgres"
  export AIP_REQUIRE_POSTGRES="POSTGRES_${major}"
  aip_log "PostgreSQL $major on 127.0.0.1:$port (data $dir)"
}
