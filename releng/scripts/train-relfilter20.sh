#!/usr/bin/env bash
# Trains the learned relation filter (relations.learned-filter, org.sourcebench.extract.relations.LearnedRelationFilter)
# on the development set's gold (dev = study + select + check, 706 articles, batches 1-29; never confirm or a held-out
# batch) and writes bundles/org.sourcebench.extract/data/relation-filter.tsv; deterministic (rows in article order,
# the perceptrons' passes shuffled from fixed seeds).
#
#   releng/scripts/train-relfilter20.sh              train on all of dev, write the model
#   releng/scripts/train-relfilter20.sh --cv M...    5-fold cross-validation by article (fold = article number mod 5,
#                                                    ActorFilterTrainer.fold; each fold read by a model trained on the
#                                                    other four) at margins M...: prints dev and even (select + check)
#                                                    with the switch off and per margin; writes nothing into the bundle
# Steps: the actor filter's own 5-fold CV leads are made first (train-actor-filter.sh --cv, unless
# $out/actfilter-cv.tsv exists), so that the training rows' end features carry out-of-sample actor scores; the engine
# runs on dev with the switch off and dumps each emitted relation's features (EngineExport --relation-features);
# relation-filter-labels.py labels each keep when score.py matches it typed, else drop;
# syntax.train.RelationFilterTrainer trains (ActorFilterTrainer's averaged perceptrons).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/train-common.sh" RelationFilterTrainer
# in retrain-learned.sh's stacked run ($TRAIN_FOLD_MODELS) the engine's actor scores come from fold models already
leads=()
if [ -z "${TRAIN_FOLD_MODELS:-}" ]; then
  [ -s "$out/actfilter-cv.tsv" ] || "$here/train-actor-filter.sh" --cv >/dev/null
  leads=(--actor-leads "$out/actfilter-cv.tsv")
fi
resolve_set dev "$out" "$tests" "$shared"
even_gold=("$out/sets/even/gold")
[ -d "${even_gold[0]}" ] || { resolve_set even "$out" "$tests" "$shared"; even_gold=("${gold[@]}"); resolve_set dev "$out" "$tests" "$shared"; }
f=$out/relfilter
engine_dump relations.learned-filter "$f-dev.json" --relation-features "$f-features.tsv" -- "${arts[@]}"
python3 "$here/relation-filter-labels.py" label "${gold[@]}" --pred "$f-dev.json" --features "$f-features.tsv" \
    "${leads[@]}" --out "$f-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationFilterTrainer "$f-train.tsv" \
      --folds 5 "$f-cv.tsv" | grep -v "^pass" || true
  echo "== switch off"; score_dev_even "$f-dev.json"
  for m in "$@"; do
    python3 "$here/relation-filter-labels.py" apply --pred "$f-dev.json" --leads "$f-cv.tsv" --margin "$m" --out "$f-cv.json"
    echo "== 5-fold cross-validated, margin $m ($(awk -F'\t' -v m="$m" '$8 > m' "$f-cv.tsv" | wc -l) relations dropped," \
        "$(awk -F'\t' -v m="$m" '$8 > m && $7 == "keep"' "$f-cv.tsv" | wc -l) of them right)"
    score_dev_even "$f-cv.json"
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationFilterTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/relation-filter.tsv" | grep -v "^pass" || true
  fold_models RelationFilterTrainer "$f-train.tsv" relation-filter.tsv
fi
