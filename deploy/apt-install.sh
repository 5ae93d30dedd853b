#!/usr/bin/env bash
# Installs Debian packages for the project's test and benchmark tools (ensure-chromium.sh,
# bench/ensure-wrk.sh): as root, or through sudo; quiet, without recommended extras.
set -euo pipefail
SUDO=
[[ $(id -u) == 0 ]] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
