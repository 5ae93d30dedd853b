#!/usr/bin/env bash
# Makes sure the headless browser of the browser tests (WebIT) is on this machine: Debian's
# chromium package. Playwright drives it as the system executable (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1),
# so nothing is downloaded from Playwright's CDN. Run by Maven before the deploy module's
# integration tests; installs only when missing (as root, or through sudo).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
echo "[ensure-chromium] chromium missing: installing Debian's chromium package ..."
SUDO=
[[ $(id -u) == 0 ]] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
