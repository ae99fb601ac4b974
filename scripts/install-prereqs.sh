#!/usr/bin/env bash
# Installs what Tdkt needs on Debian/Ubuntu when it is missing. Usage: install-prereqs.sh [app|test]
#   app:  PostgreSQL server + contrib (unaccent, pg_trgm), Node/npm (front-end assets), fonts-liberation2
#   test: the same, plus Debian's chromium for the browser tests (Playwright drives it; no browser download)
set -euo pipefail
mode=${1:-app}

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
have_pkg postgresql-contrib || ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1 || need+=(postgresql-contrib)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
have_pkg fonts-liberation2 || need+=(fonts-liberation2)
if [ "$mode" = test ]; then
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "Thiếu .NET SDK 10 (dotnet). Hãy cài .NET 10 SDK rồi chạy lại." >&2
  exit 1
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "Cài đặt gói còn thiếu: ${need[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Cần quyền root để cài: ${need[*]}" >&2; exit 1; }
    SUDO=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
