#!/usr/bin/env bash
# Starts the whole portal with its embedded defaults: the frontend on
# http://localhost:3000 and the backend on http://localhost:7007 (SQLite in
# memory, the demo catalog from examples/). Installs what is missing first.
# Extra arguments go to `backstage-cli repo start`.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

aip_log "starting the portal: frontend http://localhost:3000, backend http://localhost:7007"
exec yarn start "$@"
