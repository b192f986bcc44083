# shellcheck shell=bash
# Sourced by the start and test commands. Makes sure this repository has a
# Node.js that Backstage supports (22 or 24), a Yarn, and installed
# dependencies, without downloading anything that is already there.
#
# - The system `node` is used when it is 22 or 24.
# - Otherwise Node.js is installed from the npm registry (package
#   node-linux-<arch>, which also ships the C headers that native addons
#   such as better-sqlite3 build against) into .tools/, which git ignores.
# - Yarn is the release committed in .yarn/releases (see .yarnrc.yml).
# - `yarn install` runs only when package.json files, yarn.lock, .yarnrc.yml
#   or the Node version changed since the last successful install.

set -euo pipefail

AIP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AIP_TOOLS="$AIP_ROOT/.tools"
# The Node.js release installed when the system one is too old or missing.
AIP_NODE_VERSION="22.23.3"

aip_log() { printf '\033[1m[ai-platform]\033[0m %s\n' "$*" >&2; }
aip_die() { printf '\033[1;31m[ai-platform] error:\033[0m %s\n' "$*" >&2; exit 1; }

aip_node_major() {
  "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

aip_ensure_node() {
  if command -v node >/dev/null 2>&1; then
    case "$(aip_node_major node)" in
      22 | 24) return 0 ;;
    esac
  fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) aip_die "no Node.js 22/24 found and no packaged Node.js for $(uname -m); install Node.js 22 or 24 and retry" ;;
  esac
  local pkg="node-linux-$arch"
  local home="$AIP_TOOLS/node/node_modules/$pkg"
  if [ ! -x "$home/bin/node" ] || [ "$("$home/bin/node" --version 2>/dev/null)" != "v$AIP_NODE_VERSION" ]; then
    command -v npm >/dev/null 2>&1 ||
      aip_die "Node.js $(node --version 2>/dev/null || echo '(none)') is too old for Backstage and npm is missing to fetch Node.js 22; install Node.js 22 or 24"
    aip_log "system Node.js is $(node --version 2>/dev/null || echo 'missing'); installing Node.js $AIP_NODE_VERSION into .tools/node"
    mkdir -p "$AIP_TOOLS/node"
    npm install --prefix "$AIP_TOOLS/node" --no-save --no-audit --no-fund \
      --loglevel=error "$pkg@$AIP_NODE_VERSION" >&2
  fi
  export PATH="$home/bin:$PATH"
  # node-gyp builds native addons against these headers instead of downloading them.
  export npm_config_nodedir="$home"
}

aip_ensure_yarn() {
  local release
  release="$(sed -n 's/^yarnPath: *//p' "$AIP_ROOT/.yarnrc.yml")"
  [ -f "$AIP_ROOT/$release" ] || aip_die "the Yarn release named in .yarnrc.yml ($release) is missing"
  mkdir -p "$AIP_TOOLS/bin"
  # A `yarn` on PATH for tools that spawn it (backstage-cli, Playwright's web server).
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$AIP_ROOT/$release" >"$AIP_TOOLS/bin/yarn"
  chmod +x "$AIP_TOOLS/bin/yarn"
  export PATH="$AIP_TOOLS/bin:$PATH"
  export YARN_ENABLE_TELEMETRY=0
}

aip_install_stamp() {
  {
    node --version
    cat "$AIP_ROOT/yarn.lock" "$AIP_ROOT/.yarnrc.yml"
    # The workspaces are packages/* and plugins/* (see package.json).
    find "$AIP_ROOT/package.json" "$AIP_ROOT/packages" "$AIP_ROOT/plugins" \
      -maxdepth 2 -name package.json -not -path '*/node_modules/*' 2>/dev/null | sort | xargs cat
  } | sha256sum | cut -d' ' -f1
}

aip_ensure_dependencies() {
  local stamp_file="$AIP_ROOT/node_modules/.ai-platform-install-stamp" stamp
  stamp="$(aip_install_stamp)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
    return 0
  fi
  aip_log "installing dependencies (yarn install)"
  local flags=()
  # CI must use exactly the committed lockfile.
  if [ "${CI:-}" = "true" ]; then flags+=(--immutable); fi
  (cd "$AIP_ROOT" && yarn install "${flags[@]}") >&2
  echo "$stamp" >"$stamp_file"
}

# Installs Debian packages that are missing; needs root or sudo.
aip_apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 ||
    aip_die "missing system packages: ${missing[*]}; install them with your package manager and retry"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 ||
      aip_die "missing system packages: ${missing[*]}; run 'apt-get install ${missing[*]}' as root and retry"
    sudo=(sudo)
  fi
  aip_log "installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

aip_ensure_node
aip_ensure_yarn
aip_ensure_dependencies
cd "$AIP_ROOT"

# The local GitOps repository the templates publish to
# (aiPlatform.gitops.localRepository in app-config.yaml): a git repository
# with one empty commit on main, so each change is a branch off it. The
# backend would also create it (aiPlatform.gitops.createRepository); making it
# here lets people `git -C .tools/gitops log --all` before the first run.
aip_ensure_gitops_repo() {
  local dir="${1:-$AIP_TOOLS/gitops}"
  [[ -d "$dir/.git" ]] && return 0
  aip_log "creating the local GitOps repository $dir"
  git init -q -b main "$dir"
  GIT_AUTHOR_NAME="AI Platform" GIT_AUTHOR_EMAIL="ai-platform@localhost" \
    GIT_COMMITTER_NAME="AI Platform" GIT_COMMITTER_EMAIL="ai-platform@localhost" \
    git -C "$dir" commit -q --allow-empty -m "Initialise the GitOps repository"
}
