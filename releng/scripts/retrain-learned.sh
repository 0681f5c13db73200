#!/usr/bin/env bash
# Retrains the four learned components of the engine on the dev gold (article-sets.sh's `dev`: study + select + check,
# every annotated development article) in one command, and with --cv prints their STACKED cross-validation.
#
#   releng/scripts/retrain-learned.sh          retrain all four, write bundles/org.sourcebench.extract/data/
#                                              claim-detector.tsv, relation-roots.tsv, location-filter.tsv, actor-filter.tsv
#   releng/scripts/retrain-learned.sh --cv     the same, then the stacked 5-fold cross-validation (below)
#   releng/scripts/retrain-learned.sh --cv-only   the cross-validation only, from the fold models of the last run
#                                              (in $EVAL_OUT/retrain/folds; writes nothing into the bundle); with
#                                              RETRAIN_REUSE=1 the all-off and base exports of the last run are reused
#                                              (one engine run over dev: the cheap check of a margin, e.g.
#                                              JAVA_OPTS=-Dsourcebench.actorFilter.margin=2)
#   RETRAIN_BASE=COMMIT (default c92e2f39, the nineteenth session's models, trained on batches 1-27) and
#   RETRAIN_NEW="blind28 blind29" (the dev batches those models never saw): the "does more data help" comparison.
#
# Order (the pipeline's, ExtractionEngine.extract): the claim detector (in ClaimExtractor) and the location filter
# (reads no other learned component's output) first, from one dump with all four off; then the relation proposer
# (reads the claims), then the actor filter (last in the pipeline: reads the claims, relations and locations).
# Each component's training dump (its own train-*.sh, reused; the first dump shared by two) runs with itself and the
# components after it switched off ($TRAIN_OFF) and the components before it on, each article read by the earlier
# components' models trained WITHOUT the article's fold ($TRAIN_FOLD_MODELS; fold = article number mod 5,
# ActorFilterTrainer.fold): the dumps see what the engine does on unseen text, and nothing depends on the models in
# the bundle before the run (retraining twice gives byte-identical files). Each script then trains its model on all
# rows (the bundle's file) and the five fold models ($TRAIN_FOLD_OUT/fold.F: the rows of the other folds).
# Stacked CV: every dev article read by the engine with all four fold models of its fold (-Dsourcebench.models),
# scored on all dev, on even (select + check) and on the $RETRAIN_NEW part of dev, next to all four off; and the
# $RETRAIN_BASE models on the $RETRAIN_NEW part. One leak is left: a fold model of a later component was trained on
# rows whose features came from earlier fold models that saw the fold (the labels never did).
# Time on 2 busy cores: about 4 dev-set engine runs for the retraining, 2 more for --cv (see the README paragraph).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
data=$root/bundles/org.sourcebench.extract/data
. "$scripts/train-common.sh" RelationRootTrainer
work=$out/retrain
folds=$work/folds
names=(claims.learned-detect locations.learned-filter relations.learned-roots actors.learned-filter)
trains=(train-claim-detector.sh train-location-filter.sh train-relation-roots.sh train-actor-filter.sh)
models=(claim-detector.tsv location-filter.tsv relation-roots.tsv actor-filter.tsv)
offs=(relations.learned-roots,locations.learned-filter,actors.learned-filter
      claims.learned-detect,relations.learned-roots,actors.learned-filter
      locations.learned-filter,actors.learned-filter
      "")
all_off=$(IFS=,; echo "${names[*]}")
mode=${1:-}

if [ "$mode" != --cv-only ]; then
  rm -rf "$folds"; mkdir -p "$folds" "$work"
  start=$(date +%s)
  # step 0: the dump of the claim detector and the location filter, all four off (the order and files their scripts use)
  step_arts=()
  for s in study select check; do resolve_set $s "$out" "$tests" "$shared"; step_arts+=("${arts[@]}"); done
  ( unset TRAIN_FOLD_MODELS; TRAIN_OFF=${offs[0]}
    engine_dump claims.learned-detect "$out/claimdet-dev.json" --claim-features "$out/claimdet-features.tsv" \
        --location-features "$out/locfilter-features.tsv" -- "${step_arts[@]}" )
  cp "$out/claimdet-dev.json" "$out/locfilter-dev.json"
  echo "dump of the claim detector and the location filter, all four off ($(( $(date +%s) - start )) s)"
  for i in 0 1 2 3; do
    start=$(date +%s)
    (
      export TRAIN_OFF=${offs[i]}
      export TRAIN_FOLD_OUT=$folds
      if [ $i -ge 2 ]; then export TRAIN_FOLD_MODELS=$folds; else unset TRAIN_FOLD_MODELS; fi
      unset RELROOTS_REUSE RELROOTS_SET RELROOTS_FRACTION
      export CLAIMDET_REUSE=1 LOCFILTER_REUSE=1
      case $i in
        0|1) how="dump with every other learned component off (shared by the claim detector and the location filter)" ;;
        2) how="dump with locations.learned-filter and actors.learned-filter off and the claim detector on" ;;
        3) how="dump with the claim detector, the location filter and the relation proposer on" ;;
      esac
      [ $i -lt 2 ] || how="$how, each article read by their models trained without its fold (article number mod 5)"
      export TRAIN_NOTE="Retrained by releng/scripts/retrain-learned.sh (claims and locations, then relations, then actors): $how."
      "$scripts/${trains[i]}" >"$work-${names[i]}.log" 2>&1 || { cat "$work-${names[i]}.log"; exit 1; }
    )
    echo "retrained ${models[i]} ($(( $(date +%s) - start )) s): $(sed -n 2p "$data/${models[i]}" | cut -c1-160)"
  done
fi
[ "$mode" = --cv ] || [ "$mode" = --cv-only ] || exit 0

# the sets: dev, even, and the part of dev from $RETRAIN_NEW
resolve_set dev "$out" "$tests" "$shared"
dev_arts=$out/sets/dev/articles; dev_gold=$out/sets/dev/gold
resolve_set even "$out" "$tests" "$shared"
even_gold=$out/sets/even/gold
new_arts=(); new_gold=()
for a in "$dev_arts"/*.txt; do
  for b in ${RETRAIN_NEW:-blind28 blind29}; do
    case "$(readlink -f "$a")" in
      "$tests/resources/$b/articles/"*) n=$(basename "$a" .txt); new_arts+=("$a"); new_gold+=("$dev_gold/$n.json") ;;
    esac
  done
done
score() { # LABEL EXPORT GOLD...: overall F1 and right/predicted/gold of the four parts
  score_parts '%-44s %.4f  ' "$@"
}
start=$(date +%s)
( unset TRAIN_OFF; export TRAIN_FOLD_MODELS=$folds; engine_dump "" "$work/cv.json" -- "$dev_arts" )
# all four off (its own run: the claim detector's dump resolves every candidate's speaker, which may add an actor);
# with --cv-only and RETRAIN_REUSE=1 the last run's
if [ "${RETRAIN_REUSE:-0}" != 1 ] || [ ! -s "$work/off.json" ]; then
  java -Xmx2g ${JAVA_OPTS:-} -Dsourcebench.off="$all_off" -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
      "$work/off.json" "$dev_arts" >/dev/null
fi
base=${RETRAIN_BASE:-c92e2f39}
if [ "${RETRAIN_REUSE:-0}" != 1 ] || [ ! -s "$work/base-new.json" ]; then
  rm -rf "$work/base"; mkdir -p "$work/base"
  for m in "${models[@]}"; do
    git -C "$root" show "$base:bundles/org.sourcebench.extract/data/$m" > "$work/base/$m"
  done
  java -Xmx2g ${JAVA_OPTS:-} -Dsourcebench.models="$work/base" -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
      "$work/base-new.json" "${new_arts[@]}" >/dev/null
fi
echo "== stacked 5-fold CV (fold = article number mod 5), $(ls "$dev_arts" | wc -l) dev articles ($(( $(date +%s) - start )) s)"
score "dev: all four off" "$work/off.json" "$dev_gold"
score "dev: all four on, CV" "$work/cv.json" "$dev_gold"
score "even: all four off" "$work/off.json" "$even_gold"
score "even: all four on, CV" "$work/cv.json" "$even_gold"
score "${RETRAIN_NEW:-blind28 blind29} (${#new_arts[@]}): all four off" "$work/off.json" "${new_gold[@]}"
score "${RETRAIN_NEW:-blind28 blind29}: models of $base (unseen)" "$work/base-new.json" "${new_gold[@]}"
score "${RETRAIN_NEW:-blind28 blind29}: all four on, CV" "$work/cv.json" "${new_gold[@]}"
