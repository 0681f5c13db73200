#!/usr/bin/env bash
# Trains the document-level claim speakers (claims.document-speakers, org.sourcebench.extract.claims.DocumentSpeakers)
# on the development set's gold (dev = study + select + check: every annotated batch 1-33, 830 articles) and writes
# bundles/org.sourcebench.extract/data/claim-speakers22.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-speakers22.sh             train on all of dev, write the model
#   releng/scripts/train-speakers22.sh --cv M...   5-fold cross-validation by article over dev instead (fold = article
#                                                 number mod 5, ActorFilterTrainer.fold; each fold decided by a model
#                                                 trained on the other four; margins M...): prints the figures on all
#                                                 dev and on even (select + check) with the component off, with each
#                                                 margin's decisions added to the off export, and for the first margin
#                                                 the engine itself run fold by fold with that fold's model (the honest
#                                                 figure: claims split and renamed as the engine does, relations read
#                                                 them); writes nothing into the bundle
# The engine runs with the seven learned models off (TRAIN_OFF; SPEAKERS22_SHIPPED=1: as shipped) and the switch off,
# and dumps every orphan's candidates (EngineExport --speaker22-features); speakers22-labels.py labels them;
# syntax.train.SpeakerResolverTrainer trains the averaged perceptron (RelationRootTrainer's rows and training).
set -euo pipefail
. "$(dirname "$0")/train-common.sh" SpeakerResolverTrainer
learned=relations.learned-roots,actors.learned-filter,claims.learned-detect,locations.learned-filter,actors.learned-detect,locations.learned-detect,relations.learned-filter
if [ "${SPEAKERS22_SHIPPED:-0}" = 1 ]; then TRAIN_OFF=${TRAIN_OFF:-}; else TRAIN_OFF=${TRAIN_OFF-$learned}; fi
export TRAIN_OFF
comp=claims.document-speakers
all_arts=(); dev_gold=(); even_gold=()
for set in study select check; do
  resolve_set $set "$out" "$tests" "$shared"
  all_arts+=("${arts[@]}"); dev_gold+=("${gold[@]}")
  [ $set = study ] || even_gold+=("${gold[@]}")
done
gold=("${dev_gold[@]}")
tag=sp22; [ "${SPEAKERS22_SHIPPED:-0}" = 1 ] && tag=sp22-shipped
if [ ! -s "$out/$tag-off.json" ] || [ "${SPEAKERS22_REUSE:-0}" != 1 ]; then
  engine_dump $comp "$out/$tag-off.json" --speaker22-features "$out/$tag-features.tsv" -- "${all_arts[@]}"
fi
python3 "$root/releng/scripts/speakers22-labels.py" label "${gold[@]}" --pred "$out/$tag-off.json" \
    --features "$out/$tag-features.tsv" --out "$out/$tag-train.tsv" ${SPEAKERS22_AUDIT:+--audit}
if [ "${1:-}" = "--cv" ]; then
  shift
  echo "== component off"
  score_dev_even "$out/$tag-off.json"
  rm -rf "$out/$tag-models"
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.SpeakerResolverTrainer \
      "$out/$tag-train.tsv" --folds 5 "$out/$tag-cv" "$out/$tag-models" "$@" | grep -v "^pass" || true
  score_cv_margins speakers22-labels.py "orphans given a speaker" "$@"
  [ "${SPEAKERS22_ENGINE:-1}" = 1 ] || exit 0
  TRAIN_FOLD_MODELS=$out/$tag-models JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.documentSpeakers.margin=$1" \
      engine_dump "" "$out/$tag-engine.json" -- "${all_arts[@]}"
  echo "== margin $1, the engine fold by fold (each fold's articles read with the model trained without them)"
  score_dev_even "$out/$tag-engine.json"
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.SpeakerResolverTrainer \
      "$out/$tag-train.tsv" "$root/bundles/org.sourcebench.extract/data/claim-speakers22.tsv" | grep -v "^pass" || true
  fold_models SpeakerResolverTrainer "$out/$tag-train.tsv" claim-speakers22.tsv # retrain-learned.sh's fold models
fi
