#!/bin/bash
# Installs the Debian packages Sourcebench needs, only those that are missing.
#   ensure-packages.sh run    what the workstation needs (GTK, fonts)
#   ensure-packages.sh test   also what the tests need (Xvfb, X tools, ImageMagick, LibreOffice Calc)
set -euo pipefail
want=(libgtk-3-0 fonts-dejavu-core)
if [ "${1:-run}" = test ]; then
    want+=(xvfb xauth x11-utils imagemagick python3 libreoffice-calc-nogui)
fi
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing system packages: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
        echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1
    fi
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
