#!/usr/bin/env bash
# Retrains ALL TWELVE learned components of the engine on the dev gold (article-sets.sh's `dev`: study + select +
# check, every annotated development article, batches 1-36, 923 articles) in one command, in the order the engine runs them,
# each on a dump made with the components upstream of it on (stacked), and with --cv prints their STACKED
# cross-validation. Each step is the component's own training script (called, not copied), so a component whose
# candidates or features change can be retrained as one step after a merge (RETRAIN_FROM).
#
#   releng/scripts/retrain-learned.sh          retrain all twelve, write bundles/org.sourcebench.extract/data/
#                                              mention-coref22.tsv, claim-detector.tsv, location-filter.tsv,
#                                              claim-speakers22.tsv, claim-cues23.tsv, relation-roots.tsv,
#                                              actor-filter.tsv, relation-filter.tsv, document-relations22.tsv,
#                                              relation-reroot23.tsv, location-detector.tsv, actor-detector.tsv
#   releng/scripts/retrain-learned.sh --cv     the same, then the stacked 5-fold cross-validation (below)
#   releng/scripts/retrain-learned.sh --cv-only   the cross-validation only, from the fold models of the last run
#                                              (in $EVAL_OUT/retrain/folds, or the folder $RETRAIN_FOLDS; writes
#                                              nothing into the bundle); with RETRAIN_REUSE=1 the all-off export and
#                                              the shipped models' run of the last run are reused (one engine run over
#                                              dev: the cheap check of a margin, e.g. JAVA_OPTS=-Dsourcebench.actorFilter.margin=2)
#   releng/scripts/retrain-learned.sh --refold DIR   the five fold models of all twelve retrained into DIR/fold.F from
#                                              the last run's training rows with the current $RETRAIN_SEEDS /
#                                              $RETRAIN_OPTS (no engine run; then --cv-only with RETRAIN_FOLDS=DIR:
#                                              the cheap comparison of two training methods on the same dumps)
#   RETRAIN_SEEDS=K (default 5): the relation proposer, the claim detector, the location filter, the location
#   detector and the document speakers are each the average of K averaged perceptrons trained with the passes shuffled from seeds S … S+K-1
#   (syntax.train.AveragedPerceptron, -Dlearned.seeds); the actor filter, relation filter, actor detector, document
#   pairs and description resolver, which average 5 seeds already (-DactorFilter.seeds), of RETRAIN_ENSEMBLE_SEEDS
#   (default the larger of K and 5). (The shipped document speakers of the twenty-second session were one perceptron.)
#   RETRAIN_OPTS="-Dlearned.seedOffset=100" moves every seed (the seed spread).
#   RETRAIN_FROM=N (1-11) starts at step N (0-based, the order below), reusing the earlier steps' fold models and
#   bundle files of the last run (e.g. after a merge that changed the document pairs' candidates: RETRAIN_FROM=8).
#   RETRAIN_DUMP_REUSE=1 keeps the last run's dumps of steps 0 and 1 (the description resolver's, made with everything
#   off, and the claim detector's and location filter's shared one) when they exist.
#
# STEPS, in the engine's order (ExtractionEngine.extract), and what each step's dump depends on. Every dump runs with
# the component itself and every component after it in the engine switched off ($TRAIN_OFF) and the components before
# it on, each article read by THEIR FOLD MODELS, trained without the article's fold ($TRAIN_FOLD_MODELS; fold =
# article number mod 5, ActorFilterTrainer.fold): the dumps see what the engine does on unseen text, and nothing
# depends on the models in the bundle before the run. Each script then trains its model on all rows (the bundle's
# file) and the five fold models ($TRAIN_FOLD_OUT/fold.F: the rows of the other folds).
#   0 actors.learned-coref      train-entity22.sh          dump: all twelve off (the resolver runs first, before claims)
#   1 claims.learned-detect     train-claim-detector.sh    dump: the description resolver on (fold models), the rest off;
#   2 locations.learned-filter  train-location-filter.sh     one dump shared by both (the location filter reads no
#                                                            other learned component's output; it runs after the
#                                                            relation proposer in the engine)
#   3 claims.document-speakers  train-speakers22.sh        dump: resolver and claim detector on, the claim cues off (the
#                                                            speakers resolve the orphans of the rule readers, as they
#                                                            were trained in the twenty-second session)
#   4 claims.learned-cues       train-claimcue23.sh        dump: resolver, claim detector, document speakers on (the
#                                                            speakers give a kept candidate without a rule speaker one
#                                                            and their orphan cues bound the candidates: in the engine
#                                                            the cues run just before the document speakers resolve, in
#                                                            ClaimExtractor; trained after them, as train-claimcue23.sh
#                                                            trains them on the speakers' fold models)
#   5 relations.learned-roots   train-relation-roots.sh    dump: resolver, claim detector, speakers, claim cues on
#   6 actors.learned-filter     train-actor-filter.sh      dump: the six before it on (reads claims, relations, places)
#   7 relations.learned-filter  train-relfilter20.sh       dump: the seven before it on (reads the actor filter's scores)
#   8 relations.document-pairs  train-docrel22.sh          dump: the eight before it on (after the relation filter)
#   9 relations.learned-reroot  train-relroot23.sh         dump: the nine before it on (the last relation stage: the
#                                                            sentence pairs nothing related so far)
#  10 locations.learned-detect  train-locdet20.sh          dump: the ten before it on
#  11 actors.learned-detect     train-actdet20.sh          dump: the eleven others on (last: actors and places final)
# Stacked CV: every dev article read by the engine with all twelve fold models of its fold (-Dsourcebench.models),
# scored on all dev and on even (select + check), next to all twelve off (its own plain run). One leak is left: a fold
# model of a later component was trained on rows whose features came from earlier fold models that saw the fold (the
# labels never did); and the description resolver's candidate heads (coref-labels.py heads) come from all dev gold.
# The part of dev the shipped models never saw ($RETRAIN_NEW, default batch 36: the shipped models of $RETRAIN_BASE,
# default 54b7de0e = main 238ba729 with relroot23 merged, were trained on batches 1-33, the claim cues and the reroot
# model on 1-35) is also scored with those models (both out of sample).
# Time: 11 dev-set engine dumps for the retraining (10 of them five JVMs, one per fold), 2 more runs for --cv.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
data=$root/bundles/org.sourcebench.extract/data
. "$scripts/train-common.sh" RelationRootTrainer
work=$out/retrain
folds=$work/folds
names=(actors.learned-coref claims.learned-detect locations.learned-filter claims.document-speakers
       claims.learned-cues relations.learned-roots actors.learned-filter relations.learned-filter
       relations.document-pairs relations.learned-reroot locations.learned-detect actors.learned-detect)
trains=(train-entity22.sh train-claim-detector.sh train-location-filter.sh train-speakers22.sh train-claimcue23.sh
        train-relation-roots.sh train-actor-filter.sh train-relfilter20.sh train-docrel22.sh train-relroot23.sh
        train-locdet20.sh train-actdet20.sh)
models=(mention-coref22.tsv claim-detector.tsv location-filter.tsv claim-speakers22.tsv claim-cues23.tsv
        relation-roots.tsv actor-filter.tsv relation-filter.tsv document-relations22.tsv relation-reroot23.tsv
        location-detector.tsv actor-detector.tsv)
trainers=(MentionCorefTrainer ClaimDetectorTrainer LocationFilterTrainer SpeakerResolverTrainer ClaimCueTrainer
          RelationRootTrainer ActorFilterTrainer RelationFilterTrainer DocumentPairTrainer RelationRerootTrainer
          LocationDetectorTrainer ActorDetectorTrainer)
rows=(coref-train.tsv claimdet-train.tsv locfilter-train.tsv sp22-train.tsv cc23-train.tsv relroots-train.tsv
      actfilter-train.tsv relfilter-train.tsv docrel-off-train.tsv relroot23-train.tsv locdet-train.tsv actdet-train.tsv)
# each component's place in the training order (the engine's, except: the location filter runs after the document
# speakers, the claim cues and the relation proposer; the claim cues run before the document speakers resolve, but are
# trained after them, see step 4)
places=(0 1 5 2 3 4 6 7 8 9 10 11)
steps=(0 1 2 3 4 5 6 7 8 9 10 11)
# the components switched off in each one's dump ($TRAIN_OFF): those after it in the engine; in the dump the claim
# detector and the location filter share (step 1), every one but the description resolver
offs=()
for i in "${steps[@]}"; do
  later=()
  for j in "${steps[@]}"; do
    if [ $j -ne $i ] && { { [ $i -eq 1 ] || [ $i -eq 2 ]; } && [ $j -ne 0 ] || [ "${places[j]}" -gt "${places[i]}" ]; }; then
      later+=("${names[j]}")
    fi
  done
  offs+=("$(IFS=,; echo "${later[*]}")")
done
all_off=$(IFS=,; echo "${names[*]}")
seeds=${RETRAIN_SEEDS:-5}
ensemble=${RETRAIN_ENSEMBLE_SEEDS:-$(( seeds > 5 ? seeds : 5 ))}
export TRAIN_OPTS="-Dlearned.seeds=$seeds -DactorFilter.seeds=$ensemble ${RETRAIN_OPTS:-}"
method="seed averaging: the relation proposer, claim detector, two location models and document speakers each the average of $seeds averaged perceptrons, the actor filter, relation filter, actor detector, document pairs and description resolver of $ensemble (RETRAIN_SEEDS=$seeds${RETRAIN_OPTS:+, $RETRAIN_OPTS})"
mode=${1:-}
from=${RETRAIN_FROM:-0}

if [ "$mode" = --refold ]; then # the fold models of all twelve from the last run's rows, into $2
  dir=$2; mkdir -p "$dir"
  for i in "${steps[@]}"; do
    TRAIN_FOLD_OUT=$dir fold_models "${trainers[i]}" "$out/${rows[i]}" "${models[i]}"
  done
  echo "fold models of the twelve retrained into $dir ($method)"
  exit 0
fi

if [ "$mode" != --cv-only ]; then
  mkdir -p "$folds" "$work"
  [ "$from" -gt 0 ] || { rm -rf "$folds"; mkdir -p "$folds"; }
  for i in "${steps[@]}"; do
    [ $i -ge "$from" ] || continue
    start=$(date +%s)
    (
      export TRAIN_OFF=${offs[i]}
      export TRAIN_FOLD_OUT=$folds
      if [ $i -ge 1 ]; then export TRAIN_FOLD_MODELS=$folds; else unset TRAIN_FOLD_MODELS; fi
      unset RELROOTS_REUSE RELROOTS_SET RELROOTS_FRACTION RELROOTS_OFF ACTDET_OFF ACTDET_REUSE LOCDET_REUSE \
          SPEAKERS22_SHIPPED SPEAKERS22_REUSE DOCREL_REUSE COREF_REUSE CLAIMDET_REUSE LOCFILTER_REUSE \
          CLAIMCUE23_REUSE CLAIMCUE23_SHIPPED RELROOT23_REUSE RELROOT23_MODE
      export CLAIMCUE23_STACKED=1 RELROOT23_OFF=$TRAIN_OFF
      if [ $i -eq 0 ] && [ "${RETRAIN_DUMP_REUSE:-0}" = 1 ] && [ -s "$out/coref-train.tsv" ]; then export COREF_REUSE=1; fi
      # step 1: the dump of the claim detector and the location filter (the order and files their scripts use)
      if [ $i -eq 1 ] && { [ "${RETRAIN_DUMP_REUSE:-0}" != 1 ] || [ ! -s "$out/claimdet-features.tsv" ]; }; then
        step_arts=()
        for s in study select check; do resolve_set $s "$out" "$tests" "$shared"; step_arts+=("${arts[@]}"); done
        engine_dump claims.learned-detect "$out/claimdet-dev.json" --claim-features "$out/claimdet-features.tsv" \
            --location-features "$out/locfilter-features.tsv" -- "${step_arts[@]}"
        cp "$out/claimdet-dev.json" "$out/locfilter-dev.json"
      fi
      [ $i -eq 1 ] || [ $i -eq 2 ] && export CLAIMDET_REUSE=1 LOCFILTER_REUSE=1
      case $i in
        0) how="dump with every learned component off (the description resolver runs first)" ;;
        1|2) how="dump with the description resolver on and every other learned component off (shared by the claim detector and the location filter)" ;;
        3) how="dump with the description resolver and the claim detector on, the later components (the claim cues among them) off" ;;
        4) how="dump with the description resolver, the claim detector and the document speakers on, the later components off" ;;
        5) how="dump with the description resolver, the claim detector, the document speakers and the claim cues on, the later components off" ;;
        6) how="dump with the six earlier components on (the resolver, the claim detector, the location filter, the document speakers, the claim cues, the relation proposer), the later ones off" ;;
        7) how="dump with the seven earlier components on (its actor scores the engine's actor filter's), the later ones off" ;;
        8) how="dump with the eight earlier components on, the reroot proposer and the two detectors off" ;;
        9) how="dump with the nine earlier components on, the two detectors off" ;;
        10) how="dump with the ten earlier components on and the actor detector off" ;;
        11) how="dump with the eleven other components on" ;;
      esac
      [ $i -lt 1 ] || how="$how, each article read by their models trained without its fold (article number mod 5)"
      export TRAIN_NOTE="Retrained by releng/scripts/retrain-learned.sh on dev (study + select + check, batches 1-36, 923 articles; the twelve in the training order: description resolver, claim detector, location filter, document speakers, claim cues, relation proposer, actor filter, relation filter, document pairs, reroot proposer, location and actor detectors): $how; $method."
      "$scripts/${trains[i]}" >"$work-${names[i]}.log" 2>&1 || { cat "$work-${names[i]}.log"; exit 1; }
    )
    echo "step $i retrained ${models[i]} ($(( $(date +%s) - start )) s): $(grep -m1 -v "^#heads" "$data/${models[i]}" | cut -c1-120) | $(sed -n 2p "$data/${models[i]}" | cut -c1-200)"
  done
fi
[ "$mode" = --cv ] || [ "$mode" = --cv-only ] || exit 0

folds=${RETRAIN_FOLDS:-$folds}
tag=$(basename "$folds")
resolve_set dev "$out" "$tests" "$shared"
dev_arts=$out/sets/dev/articles; dev_gold=$out/sets/dev/gold
resolve_set even "$out" "$tests" "$shared"
even_gold=$out/sets/even/gold
# the part of dev the shipped models never saw ($RETRAIN_NEW, default batch 36: the twelve models of $RETRAIN_BASE
# were trained on batches 1-35 at most), read by those models (out of sample for them, as the CV fold models are for every article);
# $RETRAIN_BASE_OPTS: the JVM options of that run only (the margins the base models shipped with)
newb=${RETRAIN_NEW:-blind36}
base=${RETRAIN_BASE:-54b7de0e}
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
# RETRAIN_CV_OFF=NAMES: the CV run with those components off too (one component's share of the stacked CV, e.g.
# RETRAIN_REUSE=1 RETRAIN_CV_OFF=relations.learned-reroot --cv-only; its export cv-TAG-off.json)
[ -z "${RETRAIN_CV_OFF:-}" ] || tag=$tag-off
( export TRAIN_OFF=${RETRAIN_CV_OFF:-} TRAIN_FOLD_MODELS=$folds; engine_dump "" "$work/cv-$tag.json" -- "$dev_arts" )
# all twelve off (its own run: the claim detector's dump resolves every candidate's speaker, which may add an actor);
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
score "dev: all twelve off" "$work/off.json" "$dev_gold"
on="all twelve on${RETRAIN_CV_OFF:+ but $RETRAIN_CV_OFF}"
score "dev: $on, CV" "$work/cv-$tag.json" "$dev_gold"
score "even: all twelve off" "$work/off.json" "$even_gold"
score "even: $on, CV" "$work/cv-$tag.json" "$even_gold"
if [ "${#new_arts[@]}" -gt 0 ]; then
  score "$newb (${#new_arts[@]}): all twelve off" "$work/off.json" "${new_gold[@]}"
  score "$newb: models of $base (unseen)" "$work/base-new.json" "${new_gold[@]}"
  score "$newb: $on, CV" "$work/cv-$tag.json" "${new_gold[@]}"
fi
