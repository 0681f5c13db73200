#!/usr/bin/env bash
# Trains the document-level relation model (relations.document-pairs, org.sourcebench.extract.relations.DocumentPairs)
# on the development set's gold (dev = study + select + check, every annotated batch 1-33, 830 articles; never
# confirm or a held-out batch) and writes bundles/org.sourcebench.extract/data/document-relations22.tsv;
# deterministic (rows in article order, the perceptrons' passes shuffled from fixed seeds).
#
#   releng/scripts/train-docrel22.sh                 train on all of dev, write the model
#   releng/scripts/train-docrel22.sh --cv M[:D]...    5-fold cross-validation by article (fold = article number mod 5,
#                                                     ActorFilterTrainer.fold; each fold read by a model trained on the
#                                                     other four) at add margins M (and drop margins D): prints dev and
#                                                     even (select + check) with the switch off and per margin, and the
#                                                     relations added/dropped and right by root; writes nothing into
#                                                     the bundle
#   DOCREL_REUSE=1                                    reuse the last dump ($EVAL_OUT/docrel-*)
#   DOCREL_ROOTS=R,...                                with --cv: the roots that may be added (default 12-20, as
#                                                     DocumentPairs.ADD_ROOTS; "" for all)
# The other learned components run as shipped (TRAIN_OFF=... switches more off, e.g. all seven: the learned-off
# figures). Steps: the engine runs on dev with the switch off and dumps every (actor pair, root) candidate
# (EngineExport --docpair-features); docrel-labels.py labels each keep when gold relates the aligned ends with that
# root, else drop; syntax.train.DocumentPairTrainer trains (ActorFilterTrainer's averaged perceptrons).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/train-common.sh" DocumentPairTrainer
resolve_set even "$out" "$tests" "$shared"; even_gold=("${gold[@]}")
resolve_set dev "$out" "$tests" "$shared"
f=$out/docrel${TRAIN_OFF:+-off}
if [ -z "${DOCREL_REUSE:-}" ] || [ ! -s "$f-features.tsv" ]; then
  engine_dump relations.document-pairs "$f-dev.json" --docpair-features "$f-features.tsv" -- "${arts[@]}"
fi
python3 "$here/docrel-labels.py" label "${gold[@]}" --pred "$f-dev.json" --features "$f-features.tsv" --out "$f-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.DocumentPairTrainer "$f-train.tsv" \
      --folds 5 "$f-cv.tsv" | grep -v "^pass" || true
  echo "== switch off"; score_dev_even "$f-dev.json"
  for md in "$@"; do
    m=${md%%:*}; d=1e9; [ "$md" != "$m" ] && d=${md#*:}
    echo "== 5-fold cross-validated, add margin $m, drop margin $d"
    python3 "$here/docrel-labels.py" apply --pred "$f-dev.json" --leads "$f-cv.tsv" --margin "$m" --drop "$d" \
        --roots "${DOCREL_ROOTS-12,13,14,15,16,17,18,19,20}" --out "$f-cv.json"
    score_dev_even "$f-cv.json"
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.DocumentPairTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/document-relations22.tsv" | grep -v "^pass" || true
  fold_models DocumentPairTrainer "$f-train.tsv" document-relations22.tsv # retrain-learned.sh's fold models
fi
