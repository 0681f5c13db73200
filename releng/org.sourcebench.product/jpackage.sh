#!/bin/bash
# Wraps the materialized product into a native app image with its own Java runtime (jpackage, JDK 17),
# so that an analyst without Java can run Sourcebench.
#   jpackage.sh PRODUCT_DIR OUTPUT_DIR VERSION
# jpackage puts every jar of its --input folder on the class path, which must not happen to OSGi
# bundles: only the Equinox launcher goes through jpackage; the product is copied into the image's
# app folder afterwards and found through osgi.install.area.
set -euo pipefail
product=$(cd "$1" && pwd -P)
out=$2
version=${3%%-*}
here=$(cd "$(dirname "$0")" && pwd -P)
launcher=$(cd "$product" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp "$product/$launcher" "$staging/"
# A second launcher, bin/sourcebench-cli, runs the headless application (analyze, export, --version, --help):
# jpackage replaces default arguments with the user's, so the application is chosen by system properties.
cat > "$staging/cli.properties" <<'PROPS'
java-options=-Xmx2g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dosgi.install.area=$APPDIR -Declipse.application=org.sourcebench.cli.app -Dosgi.instance.area=@none -Declipse.consoleLog=true -Djava.awt.headless=true
PROPS
rm -rf "$out"
mkdir -p "$out"
jpackage --type app-image --name sourcebench --app-version "$version" \
    --input "$staging" --main-jar "$(basename "$launcher")" \
    --java-options '-Xmx2g' \
    --java-options '-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory' \
    --java-options '-Dosgi.install.area=$APPDIR' \
    --java-options '-splash:$APPDIR/splash.png' --java-options '-Dsourcebench.splash=true' \
    --arguments '-name' --arguments 'Sourcebench' \
    --icon "$here/../../bundles/org.sourcebench.application/icons/sourcebench128.png" \
    --add-launcher sourcebench-cli="$staging/cli.properties" \
    --vendor Sourcebench --description 'Sourcebench source analysis workstation' \
    --dest "$out"
app="$out/sourcebench/lib/app"
cp -R "$product/plugins" "$product/features" "$product/configuration" "$product/splash.png" "$app/"
[ -d "$product/p2" ] && cp -R "$product/p2" "$app/"
rm -f "$app/cli.properties"
echo "App image: $out/sourcebench/bin/sourcebench and bin/sourcebench-cli (own Java runtime in $out/sourcebench/lib/runtime)"
