#!/usr/bin/env bash
# Installs Debian's Chromium (and Firefox ESR for the Firefox smoke suite) when missing.
# Playwright's own browser download cannot work on our machines (TOOLCHAIN.md).
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
if [ "${1:-}" != "--chromium-only" ]; then
  command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${need[*]}. Install them (sudo apt-get install -y ${need[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
