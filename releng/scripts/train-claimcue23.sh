#!/usr/bin/env bash
# Trains the claim candidates beyond the cue lists (claims.learned-cues, org.sourcebench.extract.claims.LearnedCues)
# on the development set's gold (dev = study + select + check: every annotated batch 1-36, 923 articles) and writes
# bundles/org.sourcebench.extract/data/claim-cues23.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-claimcue23.sh             train on all of dev, write the model
#   releng/scripts/train-claimcue23.sh --cv M...   5-fold cross-validation by article over dev instead (fold = article
#                                                 number mod 5, ActorFilterTrainer.fold; each fold decided by a model
#                                                 trained on the other four; margins M...): prints the figures on all
#                                                 dev and on even (select + check) with the component off, with each
#                                                 margin's decisions added to the off export, and for the first margin
#                                                 the engine itself run fold by fold with that fold's model (the honest
#                                                 figure); writes nothing into the bundle
# The engine runs with the learned components other than the document-level speakers off (TRAIN_OFF;
# CLAIMCUE23_SHIPPED=1: all as shipped) and the switch off, and dumps every candidate with the speaker the rules
# resolve (EngineExport --claimcue23-features). The document-level speakers (claims.document-speakers) stay on, for
# they give the kept candidates without a speaker one: each fold's articles are read with the speakers' model trained
# without that fold (train-speakers22.sh --cv run first with this switch and the same components off; its fold models
# in $out/sp22-shipped-models; CLAIMCUE23_SHIPPED=1: the shipped model). claimcue23-labels.py labels the candidates (a
# candidate is "claim" when its text pairs with a gold claim the export misses and its speaker is that claim's, or
# none resolves) and prints the ceiling (audit: the missed gold claims the candidates cover, by construction);
# syntax.train.ClaimCueTrainer trains the averaged perceptron (RelationRootTrainer's rows and training).
# CLAIMCUE23_REUSE=1 reuses the dumps and exports of an earlier run. CLAIMCUE23_STACKED=1 (retrain-learned.sh): the
# dump takes TRAIN_OFF and TRAIN_FOLD_MODELS as given (no speakers run of its own), and with TRAIN_FOLD_OUT the five
# fold models are written too.
set -euo pipefail
. "$(dirname "$0")/train-common.sh" ClaimCueTrainer
others=relations.learned-roots,actors.learned-filter,claims.learned-detect,locations.learned-filter,actors.learned-detect,locations.learned-detect,relations.learned-filter,relations.document-pairs,actors.learned-coref
comp=claims.learned-cues
reuse=${CLAIMCUE23_REUSE:-0}
dev_halves
gold=("${dev_gold[@]}")
tag=cc23
if [ "${CLAIMCUE23_SHIPPED:-0}" = 1 ]; then
  tag=cc23-shipped; TRAIN_OFF=${TRAIN_OFF:-}; unset TRAIN_FOLD_MODELS
elif [ "${CLAIMCUE23_STACKED:-0}" = 1 ]; then
  : # retrain-learned.sh: its TRAIN_OFF and its fold models (the document speakers' among them, trained before)
else
  TRAIN_OFF=${TRAIN_OFF-$others}
  if [ ! -s "$out/sp22-shipped-models/fold.4/claim-speakers22.tsv" ] || [ "$reuse" != 1 ]; then
    TRAIN_OFF=$TRAIN_OFF,$comp SPEAKERS22_SHIPPED=1 SPEAKERS22_ENGINE=0 "$root/releng/scripts/train-speakers22.sh" --cv -2 \
        | sed 's/^/speakers22: /'
  fi
  export TRAIN_FOLD_MODELS=$out/sp22-shipped-models
fi
export TRAIN_OFF
if [ ! -s "$out/$tag-dump.json" ] || [ "$reuse" != 1 ]; then
  engine_dump $comp "$out/$tag-dump.json" --claimcue23-features "$out/$tag-features.tsv" -- "${dev_arts[@]}"
fi
python3 "$root/releng/scripts/claimcue23-labels.py" label "${gold[@]}" --pred "$out/$tag-dump.json" \
    --features "$out/$tag-features.tsv" --out "$out/$tag-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  if [ ! -s "$out/$tag-off.json" ] || [ "$reuse" != 1 ]; then
    engine_dump $comp "$out/$tag-off.json" -- "${dev_arts[@]}"
  fi
  python3 "$root/releng/scripts/claimcue23-labels.py" audit "${gold[@]}" --pred "$out/$tag-off.json" \
      --features "$out/$tag-features.tsv" || true
  echo "== component off"
  score_dev_even "$out/$tag-off.json"
  rm -rf "$out/$tag-models"
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ClaimCueTrainer \
      "$out/$tag-train.tsv" --folds 5 "$out/$tag-cv" "$out/$tag-models" "$@" | grep -v "^pass" || true
  score_cv_margins claimcue23-labels.py "claims with a speaker" "$@"
  [ "${CLAIMCUE23_ENGINE:-1}" = 1 ] || exit 0
  for f in 0 1 2 3 4; do
    [ -z "${TRAIN_FOLD_MODELS:-}" ] || cp "$TRAIN_FOLD_MODELS/fold.$f/"*.tsv "$out/$tag-models/fold.$f/"
  done
  TRAIN_FOLD_MODELS=$out/$tag-models JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.learnedCues.margin=$1" \
      engine_dump "" "$out/$tag-engine.json" -- "${dev_arts[@]}"
  echo "== margin $1, the engine fold by fold (each fold's articles read with the models trained without them)"
  score_dev_even "$out/$tag-engine.json"
  python3 "$root/releng/scripts/claimcue23-labels.py" added "${gold[@]}" --pred "$out/$tag-engine.json" \
      --off "$out/$tag-off.json" || true
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ClaimCueTrainer \
      "$out/$tag-train.tsv" "$root/bundles/org.sourcebench.extract/data/claim-cues23.tsv" | grep -v "^pass" || true
  fold_models ClaimCueTrainer "$out/$tag-train.tsv" claim-cues23.tsv # retrain-learned.sh's fold models
fi
