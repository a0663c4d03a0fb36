#!/usr/bin/env bash
# Installs, from Debian's apt, what the build and tests need; does nothing for what is already there.
set -euo pipefail

packages=(openjdk-17-jdk-headless maven postgresql-15-postgis-3 postgresql-15-pgrouting proj-bin
  gdal-bin python3-gdal python3-owslib nodejs npm chromium fonts-noto-cjk)
# QGIS 3.22 headless (QT_QPA_PLATFORM=offscreen /usr/bin/python3): QgisDesktopIT edits through it.
packages+=(python3-qgis qgis-providers)
# nginx balances two portal nodes in ScaleOutIT.
packages+=(nginx)
# A TrueType CJK font PDFBox can embed in printed PDFs (Noto CJK has CFF outlines, which it cannot).
packages+=(fonts-wqy-zenhei)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# An installed JDK or Maven that is not Debian's (e.g. under /usr/lib/jvm or a tarball) is fine too.
if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then
  missing=("${missing[@]/openjdk-17-jdk-headless}")
fi
if command -v mvn >/dev/null; then missing=("${missing[@]/maven}"); fi
# Node.js 20+ from elsewhere (nodesource, nvm) is what Vite needs; Debian's older one must not shadow it.
if command -v node >/dev/null && node -v | grep -qE '^v(2[0-9]|[3-9][0-9])'; then
  missing=("${missing[@]/nodejs}")
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "install-deps.sh: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
