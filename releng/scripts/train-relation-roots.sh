#!/usr/bin/env bash
# Trains the learned relation proposer (relations.learned-roots, org.sourcebench.extract.relations.LearnedRoots) on the
# study set's gold ONLY and writes bundles/org.sourcebench.extract/data/relation-roots.tsv; deterministic (rows in
# article order, the perceptron's passes shuffled from a fixed seed).
#
#   releng/scripts/train-relation-roots.sh            train on all of study, write the model
#   releng/scripts/train-relation-roots.sh --cv M...  5-fold cross-validation by article on study instead (each fold
#                                                     read by a model trained on the other four; margins M...): the
#                                                     study figure to report; writes nothing into the bundle
# Steps: the engine runs on study with the switch off and dumps each candidate pair's features (EngineExport
# --features); relclass-labels.py labels each with the root study gold gives the pair in its sentence (or none);
# syntax.train.RelationRootTrainer trains the averaged perceptron.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
. "$root/releng/scripts/article-sets.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineExport.java"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$root/bundles/org.sourcebench.extract/src/org/sourcebench/extract/syntax/train/RelationRootTrainer.java" 2>&1 | grep -v "^Note:" || true
resolve_set study "$out" "$tests" "$shared"
off=${JAVA_OPTS:-}
java -Xmx2g $off -Dsourcebench.off=relations.learned-roots -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
    --features "$out/relroots-features.tsv" "$out/relroots-study.json" "${arts[@]}" >/dev/null
python3 "$root/releng/scripts/relclass-labels.py" label "${gold[@]}" --pred "$out/relroots-study.json" \
    --features "$out/relroots-features.tsv" --out "$out/relroots-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationRootTrainer "$out/relroots-train.tsv" \
      --folds 5 "$out/relroots-cv" "$@" | grep -v "^pass" || true
  for m in "$@"; do
    f=$(ls "$out"/relroots-cv.*.tsv | grep -F "relroots-cv.$(python3 -c "print(float('$m'))").tsv")
    python3 "$root/releng/scripts/relclass-labels.py" apply "${gold[@]}" --pred "$out/relroots-study.json" \
        --decisions "$f" --out "$out/relroots-cv.json"
    echo "== study, 5-fold cross-validated, margin $m ($(wc -l < "$f") proposed)"
    python3 "$shared/eval/score.py" --gold "${gold[@]}" --pred "$out/relroots-cv.json" | grep -E "^(relations \(typed|overall)"
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationRootTrainer "$out/relroots-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/relation-roots.tsv" | grep -v "^pass" || true
fi
