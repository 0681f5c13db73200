# Sourced by the training scripts of the learned components (train-relation-roots.sh, train-actor-filter.sh,
# train-location-filter.sh, train-claim-detector.sh): sets $root, $out, $shared and $tests, reads the classpath and
# the article sets, and compiles EngineExport (the feature dumps) and the trainer class named by $1 (in
# org.sourcebench.extract.syntax.train).
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
. "$root/releng/scripts/article-sets.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineExport.java"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$root/bundles/org.sourcebench.extract/src/org/sourcebench/extract/syntax/train/$1.java" 2>&1 | grep -v "^Note:" || true
