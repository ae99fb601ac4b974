#!/usr/bin/env bash
# Installs what Tdkt needs on Debian/Ubuntu when it is missing. Usage: install-prereqs.sh [app|test]
#   app:  PostgreSQL server + contrib (unaccent, pg_trgm), Node/npm (front-end assets), fonts-liberation2,
#         Debian's chromium (prints certificates to PDF, ADR-0012),
#         libreoffice-writer-nogui (decisions as PDF from the generated .docx, ADR-0017)
#   test: the same, plus what the certificate and document tests look through: poppler-utils (pdfinfo, pdftoppm, pdftotext),
#         zbar-tools (zbarimg, QR codes), tesseract-ocr + tesseract-ocr-vie (OCR of the rendered page),
#         nginx-light (the reverse proxy in front of two app processes)
set -euo pipefail
mode=${1:-app}

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
have_pkg postgresql-contrib || ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1 || need+=(postgresql-contrib)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
have_pkg fonts-liberation2 || need+=(fonts-liberation2)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
if [ "$mode" = test ]; then
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
  command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
  have_pkg tesseract-ocr-vie || need+=(tesseract-ocr-vie)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light) # two app processes behind it (NginxTwoNodesTests)
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
