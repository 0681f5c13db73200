#!/usr/bin/env bash
# The engine's robustness sweep on a plain JVM (no Maven, no OSGi): extracts every mutated variant of the test
# articles and the blind batches' study half (EngineMutations: sentences alone and damaged, whole bodies rewritten,
# degenerate bodies) and prints each fault (an exception, a failed stage, or a span that is not the body's substring)
# once per cause with its shortest trigger. The unit test EngineRobustnessTest runs a fixed sample of the same variants.
#
#   releng/scripts/robust-extract.sh [EVERY [SEED [NAMES]]]   every EVERY-th variant (default 1: all) whose name
#                                                         matches the regex NAMES (default all), seed (default 14)
#   releng/scripts/robust-extract.sh --random [COUNT [SEED]]  RandomMutations instead: COUNT (default 10,000)
#       random-offset mutations of the development articles (pieces cut anywhere, quote/bracket/apostrophe debris,
#       " (KCNA) said " asides, "“The " before sentences …; seed default 22); a stage warning is a fault too.
#       The unit test RandomMutationTest runs 300 of them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-robust-$(id -u)-$(basename "$root")}
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
main=EngineMutations
if [ "${1:-}" = "--random" ]; then main=RandomMutations; shift; fi
compile_main "$tests/src/org/sourcebench/extract/eval/$main.java"
java -Xmx2g ${JAVA_OPTS:-} -cp "$runcp" org.sourcebench.extract.eval.$main "$@"
