#!/usr/bin/env bash
# Trains the learned detector of missed places (locations.learned-detect, org.sourcebench.extract.locations.
# LearnedPlaces) on the gold of the development articles (study + select + check: 706 articles, batches 1-29; never
# confirm or a held-out batch) and writes bundles/org.sourcebench.extract/data/location-detector.tsv; deterministic
# (rows in article order, the perceptron's passes shuffled from a fixed seed).
#
#   releng/scripts/train-locdet20.sh            train on all of dev, write the model
#   releng/scripts/train-locdet20.sh --cv M...  article-level 5-fold cross-validation over dev instead
#                                                        (article number mod 5 is its fold, ActorFilterTrainer.fold;
#                                                        each fold read by a model trained on the other four), for
#                                                        each margin M: score.py's locations and overall F1 on all
#                                                        of dev and on even (select + check) with the detector off
#                                                        and on (cross-validated); writes nothing into the bundle
# Steps: the engine runs on dev with the switch off and dumps every candidate's features (EngineExport
# --place-features); location-detector-labels.py labels each "keep" when it names a gold location no emitted
# location aligns with (score.py's alignment), else "drop"; syntax.train.LocationDetectorTrainer trains the averaged
# perceptron (RelationRootTrainer's training, LocationFilterTrainer's cross-validation).
# LOCDET_REUSE=1 reuses the dump of an earlier run.
set -euo pipefail
. "$(dirname "$0")/train-common.sh" LocationDetectorTrainer
dev_halves
f=$out/locdet
if [ ! -s "$f-dev.json" ] || [ "${LOCDET_REUSE:-0}" != 1 ]; then
  engine_dump locations.learned-detect "$f-dev.json" --place-features "$f-features.tsv" -- "${dev_arts[@]}"
fi
python3 "$root/releng/scripts/location-detector-labels.py" label "${dev_gold[@]}" --pred "$f-dev.json" \
    --features "$f-features.tsv" --out "$f-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.LocationDetectorTrainer "$f-train.tsv" \
      --folds 5 "$f-leads.tsv" | grep -v "^pass" || true
  for m in off "$@"; do
    if [ "$m" = off ]; then
      cp "$f-dev.json" "$f-cv.json"
    else
      python3 "$root/releng/scripts/location-detector-labels.py" apply "${dev_gold[@]}" --pred "$f-dev.json" \
          --features "$f-features.tsv" --leads "$f-leads.tsv" --margin "$m" --out "$f-cv.json"
    fi
    for s in dev even; do
      [ $s = dev ] && g=("${dev_gold[@]}") || g=("${even_gold[@]}")
      echo "== margin $m: $s"
      score_locations "$f-cv.json" "${g[@]}"
    done
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.LocationDetectorTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/location-detector.tsv" | grep -v "^pass" || true
  fold_models LocationDetectorTrainer "$f-train.tsv" location-detector.tsv
fi
