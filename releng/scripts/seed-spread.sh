#!/usr/bin/env bash
# The retraining variance of the seven learned components, row level (twenty-first session, helper "ensemble21"):
#
#   releng/scripts/seed-spread.sh K.OFFSET...   e.g. 1.0 1.100 5.0 5.100
#
# For each config (K perceptrons averaged per model, -Dlearned.seeds / -DactorFilter.seeds; every shuffle seed moved by
# OFFSET, -Dlearned.seedOffset) each trainer's own article-level 5-fold cross-validation (--folds; fold = article
# number mod 5, ActorFilterTrainer.fold, for the filters and detectors; the i-th article in name order mod 5,
# RelationRootTrainer.folds, for the relation proposer and the claim detector) is run on the training rows of the last
# dump in $EVAL_OUT (the *-train.tsv files retrain-learned.sh or the train-*.sh scripts leave), at the engine's
# margins; seed-spread.py then prints per component the decisions, how many the labels call right, and how many
# decisions differ between two seeds of one method. No engine run: minutes.
#   releng/scripts/seed-spread.sh --label EXPORT.json   first labels the seven dumps in $EVAL_OUT (claimdet-features.tsv,
#                                              locfilter-features.tsv, relroots-features.tsv, actfilter-features.tsv,
#                                              relfilter-features.tsv, locdet-features.tsv, actdet-cands.tsv: one
#                                              EngineExport run with all seven off and all seven dump flags) against
#                                              the dev gold with that run's export, as each train-*.sh labels its own
set -euo pipefail
. "$(dirname "$0")/train-common.sh" RelationRootTrainer
[ "${SPREAD_COMPILED:-0}" = 1 ] || for c in ClaimDetectorTrainer LocationFilterTrainer ActorFilterTrainer RelationFilterTrainer LocationDetectorTrainer \
    ActorDetectorTrainer; do
  javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
      "$root/bundles/org.sourcebench.extract/src/org/sourcebench/extract/syntax/train/$c.java" 2>&1 | grep -v "^Note:" || true
done
t=org.sourcebench.extract.syntax.train
if [ "${1:-}" = --label ]; then
  pred=$2; shift 2
  resolve_set dev "$out" "$tests" "$shared"
  s=$root/releng/scripts
  python3 "$s/claimdet-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/claimdet-features.tsv" --out "$out/claimdet-train.tsv"
  python3 "$s/location-filter-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/locfilter-features.tsv" --out "$out/locfilter-train.tsv"
  python3 "$s/relclass-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/relroots-features.tsv" --out "$out/relroots-train.tsv"
  python3 "$s/actor-filter-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/actfilter-features.tsv" --out "$out/actfilter-train.tsv"
  python3 "$s/relation-filter-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/relfilter-features.tsv" --out "$out/relfilter-train.tsv"
  python3 "$s/location-detector-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/locdet-features.tsv" --out "$out/locdet-train.tsv"
  python3 "$s/actdet-labels.py" label "${gold[@]}" --pred "$pred" --features "$out/actdet-cands.tsv" --out "$out/actdet-train.tsv"
  wc -l "$out"/*-train.tsv
fi
for cfg in "$@"; do
  k=${cfg%%.*}; off=${cfg#*.}
  d=$out/spread/$cfg; mkdir -p "$d"
  o=(-Xmx2g -Dlearned.seeds="$k" -DactorFilter.seeds="${SPREAD_ENSEMBLE:-$k}" -Dlearned.seedOffset="$off" -cp "$runcp")
  # SPREAD_ONLY=single: only the four single-model trainers (the claim detector, location filter, relation proposer,
  # location detector); SPREAD_ONLY=ensemble: only the three that averaged seeds already (actor filter, relation
  # filter, actor detector), with SPREAD_ENSEMBLE seeds
  if [ "${SPREAD_ONLY:-}" != ensemble ]; then
    java "${o[@]}" $t.ClaimDetectorTrainer "$out/claimdet-train.tsv" --folds 5 "$d/claimdet" 3 | grep -v "^pass" || true
    java "${o[@]}" $t.LocationFilterTrainer "$out/locfilter-train.tsv" --folds 5 "$d/locfilter.tsv" | grep -v "^pass" || true
    java "${o[@]}" $t.RelationRootTrainer "$out/relroots-train.tsv" --folds 5 "$d/relroots" 3 | grep -v "^pass" || true
    java "${o[@]}" $t.LocationDetectorTrainer "$out/locdet-train.tsv" --folds 5 "$d/locdet.tsv" | grep -v "^pass" || true
  fi
  if [ "${SPREAD_ONLY:-}" != single ]; then
    java "${o[@]}" $t.ActorFilterTrainer "$out/actfilter-train.tsv" --folds 5 "$d/actfilter.tsv" | grep -v "^pass" || true
    java "${o[@]}" $t.RelationFilterTrainer "$out/relfilter-train.tsv" --folds 5 "$d/relfilter.tsv" | grep -v "^pass" || true
    java "${o[@]}" $t.ActorDetectorTrainer "$out/actdet-train.tsv" --folds 5 "$d/actdet.tsv" | grep -v "^pass" || true
  fi
  echo "config $cfg done"
done
python3 "$root/releng/scripts/seed-spread.py" "$out" "$@"
