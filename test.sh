#!/usr/bin/env bash
# Every test on a machine with only the .NET 10 SDK: installs the outside programs the tests talk to when they are
# missing, then runs `dotnet test -c Release` with any extra arguments given (e.g. a --logger).
#   Debian packages: chromium (the HTML animation in a headless browser), pgn-extract (replays the solver's PGN),
#   nodejs + npm (the node-uci client drives `tempo chess uci`), procps (`kill -INT` in the Ctrl-C tests),
#   redis-server (the Redis membership of `tempo cluster`; each test starts its own on a free loopback port),
#   postgresql (the PostgreSQL membership of `tempo cluster`; the tests initdb their own server into a temporary folder
#   and start it on a free loopback port, as user nobody under root).
#   npm packages: `npm ci` in tests/uci-client (node-uci).
# Installing needs root or sudo; when nothing is missing it installs nothing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: dotnet not found: install the .NET 10 SDK first (see global.json for the version)" >&2
  exit 1
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "test.sh: installing ${need[*]} needs root or sudo; install them yourself or rerun as root" >&2
    exit 1
  fi
}

apt_install() {
  echo "test.sh: installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/games/pgn-extract ] || command -v pgn-extract >/dev/null 2>&1 || need+=(pgn-extract)
command -v node >/dev/null 2>&1 || need+=(nodejs)
type -P kill >/dev/null 2>&1 || need+=(procps)
[ -x /usr/bin/redis-server ] || need+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
# Commands a caller needs too, each the Debian package of the same name (.ci/run reads its totals with python3).
for extra in ${TEST_SH_ALSO_NEEDS:-}; do
  command -v "$extra" >/dev/null 2>&1 || need+=("$extra")
done
if [ ${#need[@]} -gt 0 ]; then
  apt_install "${need[@]}"
fi
# Debian's nodejs comes without npm (NodeSource's includes it): ask for npm only when it is still missing.
if ! command -v npm >/dev/null 2>&1; then
  need=(npm)
  apt_install npm
fi

# node-uci, at the versions of tests/uci-client/package-lock.json (again when the lock file changed).
client=tests/uci-client
if [ ! -f "$client/node_modules/.package-lock.json" ] || [ "$client/package-lock.json" -nt "$client/node_modules/.package-lock.json" ]; then
  echo "test.sh: npm ci in $client"
  (cd "$client" && npm ci --no-audit --no-fund --silent)
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec dotnet test -c Release "$@"
