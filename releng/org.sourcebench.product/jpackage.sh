#!/bin/bash
# Wraps the materialized product into a native app image with its own Java runtime (jpackage, JDK 17).
#   jpackage.sh PRODUCT_DIR OUTPUT_DIR VERSION
set -euo pipefail
product=$1
out=$2
version=${3%%-*}
launcher=$(cd "$product" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
rm -rf "$out"
mkdir -p "$out"
jpackage --type app-image --name sourcebench --app-version "$version" \
    --input "$product" --main-jar "$launcher" \
    --java-options '-Xmx2g' \
    --java-options '-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory' \
    --java-options '-Dosgi.install.area=$APPDIR' \
    --arguments '-name' --arguments 'Sourcebench' \
    --icon "$(dirname "$0")/../../bundles/org.sourcebench.application/icons/sourcebench128.png" \
    --vendor Sourcebench --description 'Sourcebench source analysis workstation' \
    --dest "$out"
echo "App image: $out/sourcebench/bin/sourcebench (bundled runtime in $out/sourcebench/lib/runtime)"
