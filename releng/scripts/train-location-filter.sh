#!/usr/bin/env bash
# Trains the learned location filter (locations.learned-filter, org.sourcebench.extract.locations.LearnedLocations) on
# the gold of the development articles (study + select + check: 643 articles, batches 1-27; never confirm or a held-out
# batch) and writes bundles/org.sourcebench.extract/data/location-filter.tsv; deterministic (rows in article order,
# the perceptron's passes shuffled from a fixed seed).
#
#   releng/scripts/train-location-filter.sh            train on all of dev, write the model
#   releng/scripts/train-location-filter.sh --cv M...  article-level 5-fold cross-validation over dev instead (article
#                                                      number mod 5 is its fold; each fold read by a model trained on
#                                                      the other four), for each margin M: the locations on all of dev
#                                                      and on even (select + check), then score.py over dev and even
#                                                      with the filter on (cross-validated) and off; writes nothing
#                                                      into the bundle
#   LOCFILTER_REUSE=1                                  the dump of the last run ($EVAL_OUT/locfilter-dev.json and
#                                                      -features.tsv) instead of a new one (retrain-learned.sh's step 1
#                                                      writes it with the claim detector's)
# Steps: the engine runs on dev with the switch off and dumps each emitted location's features (EngineExport
# --location-features); location-filter-labels.py labels each "keep" when score.py aligns it with a gold location,
# else "drop"; syntax.train.LocationFilterTrainer trains the averaged perceptron (RelationRootTrainer's code).
set -euo pipefail
. "$(dirname "$0")/train-common.sh" LocationFilterTrainer
dev_halves
f=$out/locfilter
if [ "${LOCFILTER_REUSE:-0}" != 1 ] || [ ! -s "$f-features.tsv" ] || [ ! -s "$f-dev.json" ]; then
  engine_dump locations.learned-filter "$f-dev.json" --location-features "$f-features.tsv" -- "${dev_arts[@]}"
fi
python3 "$root/releng/scripts/location-filter-labels.py" label "${dev_gold[@]}" --pred "$f-dev.json" \
    --features "$f-features.tsv" --out "$f-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.LocationFilterTrainer "$f-train.tsv" \
      --folds 5 "$f-leads.tsv" | grep -v "^pass" || true
  ls "${even_gold[@]}" | sed 's/\.json$//' > "$f-even.txt"
  echo "== locations, 5-fold cross-validated: all dev (643 articles)"
  python3 "$root/releng/scripts/location-filter-labels.py" sweep "${dev_gold[@]}" --pred "$f-dev.json" \
      --leads "$f-leads.tsv" --margins 1e9 "$@"
  echo "== locations, 5-fold cross-validated: even (select + check)"
  python3 "$root/releng/scripts/location-filter-labels.py" sweep "${dev_gold[@]}" --pred "$f-dev.json" \
      --leads "$f-leads.tsv" --margins 1e9 "$@" --only "$f-even.txt"
  for m in 1e9 "$@"; do
    python3 "$root/releng/scripts/location-filter-labels.py" apply "${dev_gold[@]}" --pred "$f-dev.json" \
        --leads "$f-leads.tsv" --margin "$m" --out "$f-cv.json" 2>/dev/null
    for s in dev even; do
      [ $s = dev ] && g=("${dev_gold[@]}") || g=("${even_gold[@]}")
      echo "== margin $m (1e9: the filter off): $s"
      score_locations "$f-cv.json" "${g[@]}"
    done
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.LocationFilterTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/location-filter.tsv" | grep -v "^pass" || true
  fold_models LocationFilterTrainer "$f-train.tsv" location-filter.tsv
fi
