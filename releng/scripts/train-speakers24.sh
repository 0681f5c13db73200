#!/usr/bin/env bash
# Trains the learned claim speakers (claims.learned-speakers, org.sourcebench.extract.claims.LearnedSpeakers) on the
# development set's gold (dev = study + select + check: every annotated batch 1-36, 923 articles) and writes
# bundles/org.sourcebench.extract/data/claim-speakers24.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-speakers24.sh             train on all of dev, write the model
#   releng/scripts/train-speakers24.sh --cv M...   5-fold cross-validation by article over dev instead (fold = article
#                                                 number mod 5, ActorFilterTrainer.fold; each fold decided by a model
#                                                 trained on the other four; margins M...): prints the figures on all
#                                                 dev and on even (select + check) with the component off, with each
#                                                 margin's replacements applied to the off export, and for each margin
#                                                 the engine itself run fold by fold with that fold's model (the honest
#                                                 figure); writes nothing into the bundle
# The engine runs with the learned components off (TRAIN_OFF: the eleven of the brief's learned-off list;
# SPEAKERS24_SHIPPED=1: as shipped) and the switch off, and dumps every attributed claim's candidates (EngineExport
# --speaker24-features); speakers24-labels.py labels them; syntax.train.SpeakerRerankTrainer trains the averaged
# perceptron (RelationRootTrainer's rows and training). SPEAKERS24_REUSE=1 reuses the dump; SPEAKERS24_ENGINE=0 skips
# the engine runs of --cv.
set -euo pipefail
. "$(dirname "$0")/train-common.sh" SpeakerRerankTrainer
learned=relations.learned-roots,actors.learned-filter,claims.learned-detect,locations.learned-filter,actors.learned-detect,locations.learned-detect,relations.learned-filter,claims.document-speakers,relations.document-pairs,actors.learned-coref,claims.learned-cues
if [ "${SPEAKERS24_SHIPPED:-0}" = 1 ]; then TRAIN_OFF=${TRAIN_OFF:-}; else TRAIN_OFF=${TRAIN_OFF-$learned}; fi
export TRAIN_OFF
comp=claims.learned-speakers
dev_halves
all_arts=("${dev_arts[@]}"); gold=("${dev_gold[@]}")
tag=sp24; [ "${SPEAKERS24_SHIPPED:-0}" = 1 ] && tag=sp24-shipped
if [ ! -s "$out/$tag-off.json" ] || [ "${SPEAKERS24_REUSE:-0}" != 1 ]; then
  engine_dump $comp "$out/$tag-off.json" --speaker24-features "$out/$tag-features.tsv" -- "${all_arts[@]}"
fi
python3 "$root/releng/scripts/speakers24-labels.py" label "${gold[@]}" --pred "$out/$tag-off.json" \
    --features "$out/$tag-features.tsv" --out "$out/$tag-train.tsv" ${SPEAKERS24_AUDIT:+--audit}
if [ "${1:-}" = "--cv" ]; then
  shift
  echo "== component off"
  score_dev_even "$out/$tag-off.json"
  rm -rf "$out/$tag-models"
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.SpeakerRerankTrainer \
      "$out/$tag-train.tsv" --folds 5 "$out/$tag-cv" "$out/$tag-models" "$@" | grep -v "^pass" || true
  score_cv_margins speakers24-labels.py "labelled claims given another speaker" "$@"
  [ "${SPEAKERS24_ENGINE:-1}" = 1 ] || exit 0
  for m in "$@"; do
    TRAIN_FOLD_MODELS=$out/$tag-models JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.learnedSpeakers.margin=$m" \
        engine_dump "" "$out/$tag-engine.$m.json" -- "${all_arts[@]}"
    echo "== margin $m, the engine fold by fold (each fold's articles read with the model trained without them)"
    score_dev_even "$out/$tag-engine.$m.json"
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.SpeakerRerankTrainer \
      "$out/$tag-train.tsv" "$root/bundles/org.sourcebench.extract/data/claim-speakers24.tsv" | grep -v "^pass" || true
  fold_models SpeakerRerankTrainer "$out/$tag-train.tsv" claim-speakers24.tsv # retrain-learned.sh's fold models
fi
