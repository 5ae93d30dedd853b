#!/usr/bin/env bash
# Makes sure the load tool of the analytics benchmark is on this machine: Debian's wrk package
# (HTTP/1.1 keep-alive, a Lua script per request, latency percentiles). Installs only when missing
# (as root, or through sudo).
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
echo "[ensure-wrk] wrk missing: installing Debian's wrk package ..."
SUDO=
[[ $(id -u) == 0 ]] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
command -v wrk
