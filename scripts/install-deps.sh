#!/usr/bin/env bash
# Installs the Debian packages Entente needs. Idempotent; quick when everything is present.
# Uses sudo when not root. Set ENTENTE_SKIP_APT=1 to skip (e.g. on a machine you manage).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config ccache
  libicu-dev libsqlite3-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev python3
  libigraph-dev
  libpq-dev postgresql
)
[ "${ENTENTE_SKIP_APT:-0}" = 1 ] && exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
