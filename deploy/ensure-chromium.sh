#!/usr/bin/env bash
# Makes sure the headless browser of the browser tests (WebIT) is on this machine: Debian's
# chromium package. Playwright drives it as the system executable (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1),
# so nothing is downloaded from Playwright's CDN. Run by Maven before the deploy module's
# integration tests; installs only what is missing (as root, or through sudo). The pages are in
# Chinese: without a CJK font the browser draws empty boxes in the screenshots, so Debian's
# fonts-noto-cjk comes along when no font has Chinese glyphs.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list :lang=zh family 2>/dev/null) ]]; then
  missing+=(fonts-noto-cjk)
fi
if [[ ${#missing[@]} == 0 ]]; then
  exit 0
fi
echo "[ensure-chromium] missing: ${missing[*]}: installing Debian's packages ..."
bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "${missing[@]}"
command -v chromium
