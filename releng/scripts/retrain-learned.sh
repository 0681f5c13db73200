#!/usr/bin/env bash
# Retrains ALL SEVEN learned components of the engine on the dev gold (article-sets.sh's `dev`: study + select + check,
# every annotated development article, batches 1-33, 830 articles) in one command, in the pipeline's order, and with
# --cv prints their STACKED cross-validation.
#
#   releng/scripts/retrain-learned.sh          retrain all seven, write bundles/org.sourcebench.extract/data/
#                                              claim-detector.tsv, location-filter.tsv, relation-roots.tsv,
#                                              actor-filter.tsv, relation-filter.tsv, location-detector.tsv,
#                                              actor-detector.tsv
#   releng/scripts/retrain-learned.sh --cv     the same, then the stacked 5-fold cross-validation (below)
#   releng/scripts/retrain-learned.sh --cv-only   the cross-validation only, from the fold models of the last run
#                                              (in $EVAL_OUT/retrain/folds, or the folder $RETRAIN_FOLDS; writes
#                                              nothing into the bundle); with RETRAIN_REUSE=1 the all-off export of
#                                              the last run is reused (one engine run over dev: the cheap check of a
#                                              margin, e.g. JAVA_OPTS=-Dsourcebench.actorFilter.margin=2)
#   releng/scripts/retrain-learned.sh --refold DIR   the five fold models of all seven retrained into DIR/fold.F from
#                                              the last run's training rows with the current $RETRAIN_SEEDS /
#                                              $RETRAIN_OPTS (no engine run; then --cv-only with RETRAIN_FOLDS=DIR:
#                                              the cheap comparison of two training methods on the same dumps)
#   RETRAIN_SEEDS=K (default 5): the relation proposer, the claim detector, the location filter and the location
#   detector are each the average of K averaged perceptrons trained with the passes shuffled from seeds S … S+K-1
#   (syntax.train.AveragedPerceptron, -Dlearned.seeds); the actor filter, relation filter and actor detector, which
#   averaged 5 seeds already (-DactorFilter.seeds), of RETRAIN_ENSEMBLE_SEEDS (default the larger of K and 5).
#   RETRAIN_SEEDS=1 is the twentieth session's method. RETRAIN_OPTS="-Dlearned.seedOffset=100" moves every seed (the
#   seed spread).
#   RETRAIN_FROM=N (1-6) starts at the Nth model (0-based index in the order below), reusing the earlier ones' fold
#   models and bundle files of the last run.
#
# Order (the pipeline's, ExtractionEngine.extract): the claim detector (in ClaimExtractor) and the location filter
# (reads no other learned component's output) first, from one dump with all seven off; then the relation proposer
# (reads the claims), the actor filter (reads the claims, relations and locations), the relation filter (reads the
# actor filter's scores), the location detector and the actor detector (last: the readers' actors and places are
# final). Each component's training dump (its own train-*.sh, reused; the first dump shared by two) runs with itself
# and the components after it switched off ($TRAIN_OFF) and the components before it on, each article read by the
# earlier components' models trained WITHOUT the article's fold ($TRAIN_FOLD_MODELS; fold = article number mod 5,
# ActorFilterTrainer.fold): the dumps see what the engine does on unseen text, and nothing depends on the models in
# the bundle before the run (retraining twice gives byte-identical files). Each script then trains its model on all
# rows (the bundle's file) and the five fold models ($TRAIN_FOLD_OUT/fold.F: the rows of the other folds). The
# relation filter's rows take the actor filter's scores from the engine's fold models (out of sample already), not
# from train-actor-filter.sh --cv as its own script does alone.
# Stacked CV: every dev article read by the engine with all seven fold models of its fold (-Dsourcebench.models),
# scored on all dev and on even (select + check), next to all seven off (its own plain run). One leak is left: a
# fold model of a later component was trained on rows whose features came from earlier fold models that saw the fold
# (the labels never did).
# Time: about 7 dev-set engine runs for the retraining, 2 more for --cv.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
data=$root/bundles/org.sourcebench.extract/data
. "$scripts/train-common.sh" RelationRootTrainer
work=$out/retrain
folds=$work/folds
names=(claims.learned-detect locations.learned-filter relations.learned-roots actors.learned-filter
       relations.learned-filter locations.learned-detect actors.learned-detect)
trains=(train-claim-detector.sh train-location-filter.sh train-relation-roots.sh train-actor-filter.sh
        train-relfilter20.sh train-locdet20.sh train-actdet20.sh)
models=(claim-detector.tsv location-filter.tsv relation-roots.tsv actor-filter.tsv relation-filter.tsv
        location-detector.tsv actor-detector.tsv)
trainers=(ClaimDetectorTrainer LocationFilterTrainer RelationRootTrainer ActorFilterTrainer RelationFilterTrainer
          LocationDetectorTrainer ActorDetectorTrainer)
rows=(claimdet-train.tsv locfilter-train.tsv relroots-train.tsv actfilter-train.tsv relfilter-train.tsv
      locdet-train.tsv actdet-train.tsv)
# each component's place in the engine (ExtractionEngine.extract: the relation proposer runs before the location filter)
places=(0 2 1 3 4 5 6)
# the components switched off in each one's dump ($TRAIN_OFF): those after it in the engine; in the dump the claim
# detector and the location filter share (step 0), every other one
offs=()
for i in 0 1 2 3 4 5 6; do
  later=()
  for j in 0 1 2 3 4 5 6; do
    if [ $j -ne $i ] && { [ $i -lt 2 ] || [ "${places[j]}" -gt "${places[i]}" ]; }; then later+=("${names[j]}"); fi
  done
  offs+=("$(IFS=,; echo "${later[*]}")")
done
all_off=$(IFS=,; echo "${names[*]}")
seeds=${RETRAIN_SEEDS:-5}
ensemble=${RETRAIN_ENSEMBLE_SEEDS:-$(( seeds > 5 ? seeds : 5 ))}
export TRAIN_OPTS="-Dlearned.seeds=$seeds -DactorFilter.seeds=$ensemble ${RETRAIN_OPTS:-}"
method="seed averaging: the relation proposer, claim detector and two location models each the average of $seeds averaged perceptrons, the actor filter, relation filter and actor detector of $ensemble (RETRAIN_SEEDS=$seeds${RETRAIN_OPTS:+, $RETRAIN_OPTS})"
mode=${1:-}
from=${RETRAIN_FROM:-0}

if [ "$mode" = --refold ]; then # the fold models of all seven from the last run's rows, into $2
  dir=$2; mkdir -p "$dir"
  for i in 0 1 2 3 4 5 6; do
    TRAIN_FOLD_OUT=$dir fold_models "${trainers[i]}" "$out/${rows[i]}" "${models[i]}"
  done
  echo "fold models of the seven retrained into $dir ($method)"
  exit 0
fi

if [ "$mode" != --cv-only ]; then
  mkdir -p "$folds" "$work"
  [ "$from" -gt 0 ] || { rm -rf "$folds"; mkdir -p "$folds"; }
  start=$(date +%s)
  # step 0: the dump of the claim detector and the location filter, all seven off (the order and files their scripts
  # use; RETRAIN_DUMP_REUSE=1 keeps the last run's)
  if [ "$from" -eq 0 ] && { [ "${RETRAIN_DUMP_REUSE:-0}" != 1 ] || [ ! -s "$out/claimdet-features.tsv" ]; }; then
    step_arts=()
    for s in study select check; do resolve_set $s "$out" "$tests" "$shared"; step_arts+=("${arts[@]}"); done
    ( unset TRAIN_FOLD_MODELS; TRAIN_OFF=${offs[0]}
      engine_dump claims.learned-detect "$out/claimdet-dev.json" --claim-features "$out/claimdet-features.tsv" \
          --location-features "$out/locfilter-features.tsv" -- "${step_arts[@]}" )
    cp "$out/claimdet-dev.json" "$out/locfilter-dev.json"
    echo "dump of the claim detector and the location filter, all seven off ($(( $(date +%s) - start )) s)"
  fi
  for i in 0 1 2 3 4 5 6; do
    [ $i -ge "$from" ] || continue
    start=$(date +%s)
    (
      export TRAIN_OFF=${offs[i]}
      export TRAIN_FOLD_OUT=$folds
      if [ $i -ge 2 ]; then export TRAIN_FOLD_MODELS=$folds; else unset TRAIN_FOLD_MODELS; fi
      unset RELROOTS_REUSE RELROOTS_SET RELROOTS_FRACTION RELROOTS_OFF ACTDET_OFF ACTDET_REUSE LOCDET_REUSE
      export CLAIMDET_REUSE=1 LOCFILTER_REUSE=1
      case $i in
        0|1) how="dump with every other learned component off (shared by the claim detector and the location filter)" ;;
        2) how="dump with the claim detector on and the five later components off" ;;
        3) how="dump with the claim detector, the location filter and the relation proposer on, the three later ones off" ;;
        4) how="dump with the claim detector, the location filter, the relation proposer and the actor filter on (its actor scores the engine's), the two detectors off" ;;
        5) how="dump with the five earlier components on and the actor detector off" ;;
        6) how="dump with the six other components on" ;;
      esac
      [ $i -lt 2 ] || how="$how, each article read by their models trained without its fold (article number mod 5)"
      export TRAIN_NOTE="Retrained by releng/scripts/retrain-learned.sh on dev (study + select + check, batches 1-33, 830 articles; the seven in pipeline order: claims and locations, relations, actors, relation filter, location and actor detectors): $how; $method."
      "$scripts/${trains[i]}" >"$work-${names[i]}.log" 2>&1 || { cat "$work-${names[i]}.log"; exit 1; }
    )
    echo "retrained ${models[i]} ($(( $(date +%s) - start )) s): $(sed -n 2p "$data/${models[i]}" | cut -c1-160)"
  done
fi
[ "$mode" = --cv ] || [ "$mode" = --cv-only ] || exit 0

folds=${RETRAIN_FOLDS:-$folds}
tag=$(basename "$folds")
resolve_set dev "$out" "$tests" "$shared"
dev_arts=$out/sets/dev/articles; dev_gold=$out/sets/dev/gold
resolve_set even "$out" "$tests" "$shared"
even_gold=$out/sets/even/gold
# the part of dev the shipped models never saw ($RETRAIN_NEW, default batches 30-33: the models of $RETRAIN_BASE were
# trained on batches 1-29), read by those models (out of sample for them, as the CV fold models are for every article);
# $RETRAIN_BASE_OPTS: the JVM options of that run only (the margins the base models shipped with)
newb=${RETRAIN_NEW:-blind30 blind31 blind32 blind33}
base=${RETRAIN_BASE:-9b939739}
new_arts=(); new_gold=()
for a in "$dev_arts"/*.txt; do
  for b in $newb; do
    case "$(readlink -f "$a")" in
      "$tests/resources/$b/articles/"*) n=$(basename "$a" .txt); new_arts+=("$a"); new_gold+=("$dev_gold/$n.json") ;;
    esac
  done
done
score() { # LABEL EXPORT GOLD...: overall F1 and right/predicted/gold of the four parts
  score_parts '%-36s %.4f  ' "$@"
}
start=$(date +%s)
( unset TRAIN_OFF; export TRAIN_FOLD_MODELS=$folds; engine_dump "" "$work/cv-$tag.json" -- "$dev_arts" )
# all seven off (its own run: the claim detector's dump resolves every candidate's speaker, which may add an actor);
# with --cv-only and RETRAIN_REUSE=1 the last run's
if [ "${RETRAIN_REUSE:-0}" != 1 ] || [ ! -s "$work/off.json" ]; then
  java -Xmx2g ${JAVA_OPTS:-} -Dsourcebench.off="$all_off" -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
      "$work/off.json" "$dev_arts" >/dev/null
fi
if [ "${#new_arts[@]}" -gt 0 ] && { [ "${RETRAIN_REUSE:-0}" != 1 ] || [ ! -s "$work/base-new.json" ]; }; then
  rm -rf "$work/base"; mkdir -p "$work/base"
  for m in "${models[@]}"; do
    git -C "$root" show "$base:bundles/org.sourcebench.extract/data/$m" > "$work/base/$m"
  done
  java -Xmx2g ${JAVA_OPTS:-} ${RETRAIN_BASE_OPTS:-} -Dsourcebench.models="$work/base" -cp "$runcp" \
      org.sourcebench.extract.eval.EngineExport "$work/base-new.json" "${new_arts[@]}" >/dev/null
fi
echo "== stacked 5-fold CV (fold = article number mod 5), $(ls "$dev_arts" | wc -l) dev articles, fold models $folds ($(( $(date +%s) - start )) s)"
score "dev: all seven off" "$work/off.json" "$dev_gold"
score "dev: all seven on, CV" "$work/cv-$tag.json" "$dev_gold"
score "even: all seven off" "$work/off.json" "$even_gold"
score "even: all seven on, CV" "$work/cv-$tag.json" "$even_gold"
if [ "${#new_arts[@]}" -gt 0 ]; then
  score "$newb (${#new_arts[@]}): all seven off" "$work/off.json" "${new_gold[@]}"
  score "$newb: models of $base (unseen)" "$work/base-new.json" "${new_gold[@]}"
  score "$newb: all seven on, CV" "$work/cv-$tag.json" "${new_gold[@]}"
fi
