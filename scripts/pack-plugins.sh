#!/usr/bin/env bash
# Builds and packs every published plugin package (each workspace without
# "private": true) into a tarball, as `npm publish` would, and checks that
# each tarball holds the files its package.json names (main, types, every
# export, the config schema). Prints the time and size of each.
#
#   scripts/pack-plugins.sh [out dir]    (default: dist-packs/)
#
# The tarballs install into any Backstage app with `yarn add <file.tgz>`.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

OUT="$(mkdir -p "${1:-$AIP_ROOT/dist-packs}" && cd "${1:-$AIP_ROOT/dist-packs}" && pwd)"
cd "$AIP_ROOT"

start=$(date +%s)
aip_log "type declarations (yarn tsc) and package builds (backstage-cli repo build)"
yarn tsc
yarn backstage-cli repo build
aip_log "built in $(($(date +%s) - start))s"

mapfile -t PACKAGES < <(node -e '
  const fs = require("fs"), path = require("path");
  for (const dir of ["plugins", "packages"]) {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name, "package.json");
      if (fs.existsSync(file) && !JSON.parse(fs.readFileSync(file, "utf8")).private) {
        console.log(path.join(dir, name));
      }
    }
  }')
[ "${#PACKAGES[@]}" -gt 0 ] || aip_die "no published packages found"

failed=0
for dir in "${PACKAGES[@]}"; do
  name="$(basename "$dir")"
  tarball="$OUT/$name.tgz"
  t=$(date +%s)
  if ! (cd "$dir" && yarn pack --out "$tarball" >"$OUT/$name.log" 2>&1); then
    aip_log "FAILED: yarn pack in $dir (log: $OUT/$name.log)"
    failed=1
    continue
  fi
  # The packed package.json is the one prepack rewrote (dist paths).
  if ! node "$AIP_ROOT/scripts/check-tarball.js" "$tarball"; then
    failed=1
    continue
  fi
  aip_log "$dir: $(du -k "$tarball" | cut -f1) kB in $(($(date +%s) - t))s -> $tarball"
done
aip_log "packed ${#PACKAGES[@]} packages in $(($(date +%s) - start))s"
exit "$failed"
