#!/bin/bash
# Integration test: install the Sourcebench update site into an Eclipse IDE as a user does, use it, uninstall it.
#   ide-test.sh IDE_DIR SITE_TARGET_DIR WORK_DIR
# IDE_DIR is a p2-managed IDE materialised by this module (profile SDKProfile); SITE_TARGET_DIR holds
# sourcebench-repository-*.zip. Steps: start the bare IDE; install org.sourcebench.feature.feature.group with the
# IDE's own p2 director into its own profile; check that no bundle of the IDE was replaced or removed; start the
# IDE under X, open the Analysis perspective, the sample dossier, a diagram and the Java perspective (driver
# bundle in dropins/); fail on any ERROR in the workspace log that involves our bundles or the libraries we bring
# (and on "Project Explorer not found"); uninstall; check the IDE's bundles are back as before; start it again.
set -euo pipefail
ide_src=$(cd "$1" && pwd); site_dir=$2; work=$3
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$(cd "$ide_src/../../.." && pwd)")

fail() { echo "IDE TEST FAILED ($name): $*" >&2; exit 1; }

# JDT of 4.35 and later requires Java 21: take $SOURCEBENCH_IDE_JAVA, else the newest JDK >= 21 installed.
java=${SOURCEBENCH_IDE_JAVA:-}
if [ -z "$java" ]; then
  for j in "${JAVA_HOME:-/nonexistent}"/bin/java /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue
    v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v:-0}" -ge 21 ] 2>/dev/null; then java=$j; fi
  done
fi
[ -n "$java" ] || fail "no Java 21 or later found (Eclipse 4.35+ needs it); set SOURCEBENCH_IDE_JAVA"
javac=$(dirname "$java")/javac
site=$(ls "$site_dir"/sourcebench-repository-*.zip 2>/dev/null | head -1)
[ -f "$site" ] || fail "no update site zip in $site_dir (build releng/org.sourcebench.repository first)"

rm -rf "$work"; mkdir -p "$work"
cp -a "$ide_src" "$work/eclipse"
ide=$work/eclipse
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar)
info=$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
bundles() { grep -v -e '^#' -e 'org.sourcebench.ide.driver' "$info" | sort; }
bundles > "$work/bundles.before"

# The driver bundle (test only): compiled against the IDE's own jars.
cp="$(ls "$ide"/plugins/*.jar | tr '\n' ':')"
mkdir -p "$work/driver/classes"
"$javac" -nowarn --release 17 -cp "$cp" -d "$work/driver/classes" $(find "$here/driver/src" -name '*.java')
cp "$here/driver/plugin.xml" "$work/driver/classes/"
(cd "$work/driver/classes" && jar_tool=$(dirname "$java")/jar && "$jar_tool" cfm "$work/driver/org.sourcebench.ide.driver_1.0.0.jar" "$here/driver/META-INF/MANIFEST.MF" .)
mkdir -p "$ide/dropins"
cp "$work/driver/org.sourcebench.ide.driver_1.0.0.jar" "$ide/dropins/"

run_x() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1366x768x24" "$@"; fi
}
director() {
  timeout 600 "$java" -Xmx768m -jar "$launcher" -nosplash -consoleLog -data "$work/director-ws" \
    -application org.eclipse.equinox.p2.director "$@"
}
# start_ide MODE LABEL: starts the IDE with the driver, waits for it to close itself, checks its log.
start_ide() {
  local mode=$1 label=$2 ws=$work/ws-$2 out=$work/driver-$2.txt
  rm -rf "$ws"
  local t0=$(date +%s%N)
  run_x timeout 300 "$java" -Xmx1g -Dsbdriver.mode="$mode" -Dsbdriver.out="$out" \
      -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
      -jar "$launcher" -nosplash -data "$ws" > "$work/console-$label.txt" 2>&1 \
    || { cat "$work/console-$label.txt" >&2; fail "$label: the IDE exited with an error"; }
  local t1=$(date +%s%N)
  [ -f "$out" ] || { tail -50 "$ws/.metadata/.log" >&2 || true; fail "$label: the driver did not report (workbench never came up?)"; }
  echo "[$name] $label: $(tr '\n' ' ' < "$out" | cut -c1-400) (whole run $(( (t1 - t0) / 1000000 )) ms)"
  [ "$(tail -1 "$out")" = "OK" ] || { cat "$out" >&2; fail "$label: $(grep FAIL "$out" | head -1)"; }
  local log=$ws/.metadata/.log
  if [ -f "$log" ]; then
    # one log entry per paragraph: ERROR entries that involve our bundles or the libraries our site brings
    local ours
    ours=$(awk 'BEGIN{RS="!ENTRY"} /^ [^ ]+ 4 / && tolower($0) ~ /sourcebench|org\.eclipse\.gef|draw2d|org\.eclipse\.elk|org\.eclipse\.emf|org\.apache\.poi|opennlp|missing requirement|could not resolve/ {print "!ENTRY" $0}' "$log")
    [ -z "$ours" ] || { echo "$ours" >&2; fail "$label: ERROR entries from Sourcebench in $log"; }
    ! grep -q "Project Explorer not found" "$log" || fail "$label: \"Project Explorer not found\" logged"
    local n; n=$(grep -c '^!ENTRY' "$log" || true)
    echo "[$name] $label: workspace log has $n entries, none of them an error of ours"
  fi
}

start_ide start bare

echo "[$name] installing $(basename "$site") into $ide (profile SDKProfile)"
t0=$(date +%s)
director -repository "jar:file:$site!/" -installIU org.sourcebench.feature.feature.group > "$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "the director could not install the feature"; }
echo "[$name] installed in $(( $(date +%s) - t0 )) s"
bundles > "$work/bundles.installed"
removed=$(comm -23 "$work/bundles.before" "$work/bundles.installed")
[ -z "$removed" ] || fail "the install replaced or removed bundles of the IDE: $removed"
added=$(comm -13 "$work/bundles.before" "$work/bundles.installed" | cut -d, -f1)
grep -qx org.sourcebench.ui <<<"$added" || fail "org.sourcebench.ui not installed"
grep -qx org.sourcebench.diagram <<<"$added" || fail "org.sourcebench.diagram not installed"
echo "[$name] added $(wc -l <<<"$added") bundles, replaced none: $(tr '\n' ' ' <<<"$added" | cut -c1-600)"

start_ide start installed
start_ide use use

director -uninstallIU org.sourcebench.feature.feature.group > "$work/uninstall.log" 2>&1 \
  || { cat "$work/uninstall.log" >&2; fail "the director could not uninstall the feature"; }
bundles > "$work/bundles.after"
diff "$work/bundles.before" "$work/bundles.after" > "$work/bundles.diff" \
  || { cat "$work/bundles.diff" >&2; fail "after the uninstall the IDE's bundles differ from before the install"; }
echo "[$name] uninstalled: bundles.info as before"
start_ide start uninstalled
echo "[$name] IDE test passed"
