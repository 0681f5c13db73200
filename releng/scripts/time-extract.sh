#!/usr/bin/env bash
# Times the extraction engine on one thread on a plain JVM (no Maven, no OSGi, no product build): compiles
# org.sourcebench.extract with javac as eval-extract.sh does and runs the evaluation tests' EngineTiming on an
# article set: the engine loads once (load time and heap are printed), warms up, then the full pipeline, the bare
# parser and the word-window engine run in alternating rounds; CPU ms per article and articles/s per core.
#
#   releng/scripts/time-extract.sh [SET|DIR] [EngineTiming options]   SET: study (default) | select | check | fresh | even | seed | own | blindN
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
. "$root/releng/scripts/article-sets.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineTiming.java"

case $set in
  seed)  arts=("$shared/samples/000_e2a23cc3f04865a0.txt") ;;
  own)   arts=("$tests/resources/articles") ;;
  blind|blind[2-9]|blind1[0-9]|blind2[0-9]) arts=("$tests/resources/$set/articles") ;;
  study|select|check|fresh|even) # the halves of eval-extract.sh (article-sets.sh)
    half=$out/sets/$set; build_half "$set" "$half" "$tests"
    arts=("$half/articles") ;;
  *) arts=("$set") ;;
esac
java -Xmx2g ${JAVA_OPTS:-} -cp "$runcp" org.sourcebench.extract.eval.EngineTiming "$@" "${arts[@]}"
