#!/usr/bin/env bash
# The engine's robustness sweep on a plain JVM (no Maven, no OSGi): extracts every mutated variant of the test
# articles and the blind batches' study half (EngineMutations: sentences alone and damaged, whole bodies rewritten,
# degenerate bodies) and prints each fault (an exception, or a span that is not the body's substring) once per
# cause with its shortest trigger. The unit test EngineRobustnessTest runs a fixed sample of the same variants.
#
#   releng/scripts/robust-extract.sh [EVERY [SEED [NAMES]]]   every EVERY-th variant (default 1: all) whose name
#                                                         matches the regex NAMES (default all), seed (default 14)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-robust-$(id -u)-$(basename "$root")}
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineMutations.java"
java -Xmx2g ${JAVA_OPTS:-} -cp "$runcp" org.sourcebench.extract.eval.EngineMutations "$@"
