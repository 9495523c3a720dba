#!/usr/bin/env bash
# The tests and the benchmark use Debian's Chromium (test tools cannot download browsers here)
# and Debian's nginx (which serves the static export). Installs whichever is missing of the
# tools named (default: both). Usage: scripts/ensure-tools.sh [chromium] [nginx]
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(chromium nginx)
missing=()
for tool in "${wanted[@]}"; do
  case "$tool" in
    chromium)
      if ! { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } && ! command -v chromium >/dev/null 2>&1; then
        missing+=(chromium)
      fi
      ;;
    nginx)
      if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
      ;;
    *) echo "ensure-tools: unknown tool '$tool' (chromium, nginx)" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# Debian starts nginx's service on install where it can; the tests run their own on loopback.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
