#!/usr/bin/env bash
# Trains the proposer of roots beyond the dictionary (relations.learned-reroot,
# org.sourcebench.extract.relations.LearnedReroot) on the development set's gold (dev = study + select + check, every
# annotated batch 1-36, 923 articles; never confirm or a held-out batch) and writes
# bundles/org.sourcebench.extract/data/relation-reroot23.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-relroot23.sh                 train on all of dev, write the model
#   releng/scripts/train-relroot23.sh --cv M...       5-fold cross-validation by article (fold = article number mod 5,
#                                                     ActorFilterTrainer.fold; each fold read by a model trained on the
#                                                     other four) at margins M: prints dev and even with the switch off
#                                                     and, per margin, with the fold models' decisions added post hoc
#                                                     (learned off: exact, the component runs last and nothing reads its
#                                                     additions) and the added relations by root with how many are right;
#                                                     then for the FIRST margin the ENGINE run fold by fold with
#                                                     -Dsourcebench.models = the fold's model, learned off and as shipped
#                                                     (the honest figures); writes nothing into the bundle
#   RELROOT23_REUSE=1                                 reuse the last dump ($EVAL_OUT/relroot23-*)
#   RELROOT23_MODE=a                                  with --cv: post-hoc figures proposing supported roots too (default
#                                                     u: only roots no dictionary word of the path supports)
#   RELROOT23_ENGINE=0                                with --cv: skip the engine runs
#   RELROOT23_OFF=NAMES                               the learned components off in the dump (default all ten;
#                                                     retrain-learned.sh: those after it, the others read by their fold
#                                                     models, TRAIN_FOLD_MODELS; with TRAIN_FOLD_OUT the five fold models
#                                                     are written too)
# Steps: the engine runs on dev with all ten learned components and this switch off and dumps the relation proposer's
# candidates (EngineExport --features: every ordered pair of two actors named in one parsed sentence that no rule
# relates, LearnedRoots.candidates); relclass-labels.py labels each with the root gold gives the pair in its sentence
# (or none); syntax.train.RelationRerootTrainer trains (RelationRootTrainer's averaged perceptron, seed 18, cutoff 3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/train-common.sh" RelationRerootTrainer
off10=relations.learned-roots,actors.learned-filter,claims.learned-detect,locations.learned-filter,actors.learned-detect,locations.learned-detect,relations.learned-filter,claims.document-speakers,relations.document-pairs,actors.learned-coref
resolve_set even "$out" "$tests" "$shared"; even_gold=("${gold[@]}")
resolve_set dev "$out" "$tests" "$shared"
f=$out/relroot23
if [ -z "${RELROOT23_REUSE:-}" ] || [ ! -s "$f-features.tsv" ]; then
  TRAIN_OFF=${RELROOT23_OFF-$off10} engine_dump relations.learned-reroot "$f-off-dev.json" --reroot-features "$f-features.tsv" -- "${arts[@]}"
fi
python3 "$here/relclass-labels.py" label "${gold[@]}" --pred "$f-off-dev.json" --features "$f-features.tsv" \
    --out "$f-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  rm -rf "$f-folds"
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationRerootTrainer "$f-train.tsv" \
      --folds 5 "$f-leads.tsv" "$f-folds" | grep -v "^pass" || true
  echo "== learned off, switch off"; score_dev_even "$f-off-dev.json"
  for m in "$@"; do
    echo "== learned off, 5-fold cross-validated post hoc, margin $m, mode ${RELROOT23_MODE:-u}"
    python3 "$here/relroot23-apply.py" --pred "$f-off-dev.json" --leads "$f-leads.tsv" --mode "${RELROOT23_MODE:-u}" \
        --margin "$m" --out "$f-cv.json"
    score_dev_even "$f-cv.json"
  done
  if [ "${RELROOT23_ENGINE:-1}" != 0 ] && [ $# -gt 0 ]; then
    nine=${off10#relations.learned-roots,}
    echo "== learned off, 5-fold cross-validated through the engine, margin $1"
    JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.reroot.margin=$1" TRAIN_OFF=$nine TRAIN_FOLD_MODELS="$f-folds" \
        engine_dump relations.learned-roots "$f-off-cv-dev.json" -- "${arts[@]}"
    score_dev_even "$f-off-cv-dev.json"
    echo "== as shipped, switch off"
    TRAIN_OFF= engine_dump relations.learned-reroot "$f-shipped-dev.json" -- "${arts[@]}"
    score_dev_even "$f-shipped-dev.json"
    echo "== as shipped, 5-fold cross-validated through the engine, margin $1"
    JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.reroot.margin=$1" TRAIN_OFF= TRAIN_FOLD_MODELS="$f-folds" \
        engine_dump sourcebench.none "$f-shipped-cv-dev.json" -- "${arts[@]}"
    score_dev_even "$f-shipped-cv-dev.json"
  fi
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationRerootTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/relation-reroot23.tsv" | grep -v "^pass" || true
  fold_models RelationRerootTrainer "$f-train.tsv" relation-reroot23.tsv # retrain-learned.sh's fold models
fi
