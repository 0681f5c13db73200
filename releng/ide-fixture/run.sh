#!/bin/bash
# The IDE integration test, run by releng/org.sourcebench.repository after the site is built:
#   run.sh SITE_TARGET_DIR [OFFLINE(true|false)]
# Assembles the fixture IDEs (Eclipse 4.35, the oldest supported release, and 4.38, the current one) with a nested
# Maven run of releng/ide-fixture on a JDK >= 21 (JDT of 4.35 and later requires it; the main build stays on 17),
# then runs ide-test.sh on each. The IDEs are test fixtures: nothing of them is shipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site_dir=$(cd "$1" && pwd); offline=${2:-false}
java=${SOURCEBENCH_IDE_JAVA:-}
if [ -z "$java" ]; then
  for j in /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue
    v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v:-0}" -ge 21 ] 2>/dev/null; then java=$j; fi
  done
fi
[ -n "$java" ] || { echo "IDE TEST FAILED: no JDK 21 or later under /usr/lib/jvm (Eclipse 4.35+ needs one); set SOURCEBENCH_IDE_JAVA" >&2; exit 1; }
export SOURCEBENCH_IDE_JAVA=$java
start=$(date +%s)
mvn_args=(-B -q -f "$here/pom.xml" verify)
[ "$offline" = true ] && mvn_args+=(-o)
echo "[ide] assembling the fixture IDEs with $java"
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")") MAVEN_OPTS="-Xmx1g" "$here/../../mvnw" "${mvn_args[@]}"
echo "[ide] fixture IDEs assembled in $(( $(date +%s) - start )) s"
for rel in 4.35 4.38; do
  bash "$here/ide-test.sh" "$here/eclipse-$rel/target/products/eclipse-ide-$rel/linux/gtk/x86_64" "$site_dir" \
    "$here/eclipse-$rel/target/ide-test"
done
echo "[ide] IDE integration test passed for 4.35 and 4.38 in $(( $(date +%s) - start )) s"
