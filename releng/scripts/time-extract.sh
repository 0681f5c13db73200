#!/usr/bin/env bash
# Times the extraction engine on one thread on a plain JVM (no Maven, no OSGi, no product build): compiles
# org.sourcebench.extract with javac as eval-extract.sh does and runs the evaluation tests' EngineTiming on an
# article set: the engine loads once (load time and heap are printed), warms up, then the full pipeline, the bare
# parser and the word-window engine run in alternating rounds; CPU ms per article and articles/s per core.
#
#   releng/scripts/time-extract.sh [SET|DIR] [EngineTiming options]   SET: study (default) | seed | own | blindN
#   e.g. releng/scripts/time-extract.sh study --rounds 5 --warmup 3
#        JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile" \
#            releng/scripts/time-extract.sh study --full-only --rounds 10
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${TIME_OUT:-/tmp/sourcebench-time-$(id -u)-$(basename "$root")}
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
set=${1:-study}; [ $# -gt 0 ] && shift

tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
mkdir -p "$out/classes"
srcpath=$srcpath:$root/bundles/org.sourcebench.ingest/src:$tests/src:$root/tests/org.sourcebench.test.support/src
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$tests/src/org/sourcebench/extract/eval/EngineTiming.java" 2>&1 | grep -v "^Note:" || true
runcp=$out/classes:$root/bundles/org.sourcebench.extract:$root/bundles/org.sourcebench.model:$tests:$root/tests/org.sourcebench.test.support/resources:$cp

case $set in
  seed)  arts=("$shared/samples/000_e2a23cc3f04865a0.txt") ;;
  own)   arts=("$tests/resources/articles") ;;
  blind|blind[2-9]|blind1[0-7]) arts=("$tests/resources/$set/articles") ;;
  study) # the study half of eval-extract.sh: odd articles of the split batches, all of 11, 13, 15, 17
    half=$out/sets/study; rm -rf "$half"; mkdir -p "$half"
    for b in blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind12 blind14 blind16 \
             blind11 blind13 blind15 blind17; do
      [ -d "$tests/resources/$b/articles" ] || continue
      for a in "$tests/resources/$b/articles"/*.txt; do
        n=$(basename "$a" .txt)
        case $b in blind11|blind13|blind15|blind17) ;; *) [ $(( 10#${n%%_*} % 2 )) -eq 1 ] || continue ;; esac
        ln -s "$a" "$half/"
      done
    done
    arts=("$half") ;;
  *) arts=("$set") ;;
esac
java -Xmx2g ${JAVA_OPTS:-} -cp "$runcp" org.sourcebench.extract.eval.EngineTiming "$@" "${arts[@]}"
