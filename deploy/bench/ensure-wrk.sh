#!/usr/bin/env bash
# Makes sure the load tool of the analytics benchmark is on this machine: Debian's wrk package
# (HTTP/1.1 keep-alive, a Lua script per request, latency percentiles). Installs only when missing
# (as root, or through sudo).
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
echo "[ensure-wrk] wrk missing: installing Debian's wrk package ..."
bash "$(dirname "${BASH_SOURCE[0]}")/../apt-install.sh" wrk
command -v wrk
