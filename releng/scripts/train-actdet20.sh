#!/usr/bin/env bash
# Trains the learned actor detector (actors.learned-detect, org.sourcebench.extract.actors.LearnedActorDetector) on the
# development gold (dev = study + select + check, every annotated batch 1-29, 706 articles) and writes
# bundles/org.sourcebench.extract/data/actor-detector.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from fixed seeds, five seeds averaged as ActorFilterTrainer does).
#
#   releng/scripts/train-actdet20.sh              train on all of dev, write the model
#   releng/scripts/train-actdet20.sh --cv M...    5-fold cross-validation by article (fold = article number mod 5,
#                                                 ActorFilterTrainer.fold; each fold's candidates decided by a model
#                                                 trained on the other four) at margins M...: prints dev and even
#                                                 (select + check) with the detector off and per margin; writes
#                                                 nothing into the bundle
# The engine runs as shipped with the detector off (ACTDET_OFF=a,b,... switches more off, e.g. the four earlier learned
# components, whose models saw batches 1-27, so that the baseline is out of sample too; ACTDET_REUSE=1 reuses the last
# dump of the same EVAL_OUT) and dumps every candidate
# (EngineExport --actor-candidates); actdet-labels.py labels each keep when its name or a mention is a name of a gold
# actor score.py's alignment leaves unpaired, else drop; syntax.train.ActorDetectorTrainer trains the averaged
# perceptron (ActorFilterTrainer's ensemble and folds).
set -euo pipefail
. "$(dirname "$0")/train-common.sh" ActorDetectorTrainer
resolve_set dev "$out" "$tests" "$shared"
even_gold=("$out/sets/even/gold")
offs=${ACTDET_OFF:-}
if [ ! -s "$out/actdet-cands.tsv" ] || [ "${ACTDET_REUSE:-0}" != 1 ]; then
  engine_dump "actors.learned-detect${offs:+,$offs}" "$out/actdet-dev.json" --actor-candidates "$out/actdet-cands.tsv" \
      -- "${arts[@]}"
fi
python3 "$root/releng/scripts/actdet-labels.py" label "${gold[@]}" --pred "$out/actdet-dev.json" \
    --features "$out/actdet-cands.tsv" --out "$out/actdet-train.tsv"
case "${1:-}" in
--cv)
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ActorDetectorTrainer "$out/actdet-train.tsv" \
      --folds 5 "$out/actdet-cv.tsv" | grep -v "^pass" || true
  echo "== detector off"; score_dev_even "$out/actdet-dev.json"
  for m in "$@"; do
    python3 "$root/releng/scripts/actdet-labels.py" apply --pred "$out/actdet-dev.json" --features "$out/actdet-cands.tsv" \
        --leads "$out/actdet-cv.tsv" --margin "$m" --out "$out/actdet-cv.json"
    echo "== 5-fold cross-validated, margin $m ($(awk -F'\t' -v m="$m" '0 - $4 > m' "$out/actdet-cv.tsv" | wc -l) actors added, $(awk -F'\t' -v m="$m" '0 - $4 > m && $3 == "keep"' "$out/actdet-cv.tsv" | wc -l) labelled keep)"
    score_dev_even "$out/actdet-cv.json"
  done ;;
*)
  java -Xmx2g ${TRAIN_OPTS:-} "-Dactdet.off=$offs" -cp "$runcp" org.sourcebench.extract.syntax.train.ActorDetectorTrainer \
      "$out/actdet-train.tsv" "$root/bundles/org.sourcebench.extract/data/actor-detector.tsv" | grep -v "^pass" || true
  fold_models ActorDetectorTrainer "$out/actdet-train.tsv" actor-detector.tsv ;;
esac
