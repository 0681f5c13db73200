#!/usr/bin/env bash
# Trains the learned claim detector (claims.learned-detect, org.sourcebench.extract.claims.LearnedClaims) on the
# development set's gold (study + select + check: every annotated batch 1-27, 643 articles) and writes
# bundles/org.sourcebench.extract/data/claim-detector.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-claim-detector.sh            train on all of dev, write the model
#   releng/scripts/train-claim-detector.sh --cv M...  5-fold cross-validation by article over dev instead (articles in
#                                                 name order, article i in fold i mod 5; each fold decided by a model
#                                                 trained on the other four; margins M...): prints the CV figures on
#                                                 all dev and on even (select + check), with the detector off and on;
#                                                 writes nothing into the bundle
# Steps: the engine runs on dev with the switch off and dumps each candidate's features (EngineExport
# --claim-features; the dump run resolves the candidates' speakers as the switched-on engine does); claimdet-labels.py
# labels each "claim" when it pairs with a gold claim the engine misses, with its speaker; syntax.train.
# ClaimDetectorTrainer trains the averaged perceptron (syntax.train.RelationRootTrainer's reading and training).
set -euo pipefail
. "$(dirname "$0")/train-common.sh" ClaimDetectorTrainer
dev_halves
off=${JAVA_OPTS:-}
if [ ! -s "$out/claimdet-dev.json" ] || [ "${CLAIMDET_REUSE:-0}" != 1 ]; then
  engine_dump claims.learned-detect "$out/claimdet-dev.json" --claim-features "$out/claimdet-features.tsv" -- "${dev_arts[@]}"
fi
python3 "$root/releng/scripts/claimdet-labels.py" label "${dev_gold[@]}" --pred "$out/claimdet-dev.json" \
    --features "$out/claimdet-features.tsv" --out "$out/claimdet-train.tsv"
if [ "${1:-}" = "--cv" ]; then
  shift
  if [ ! -s "$out/claimdet-off.json" ] || [ "${CLAIMDET_REUSE:-0}" != 1 ]; then
    java -Xmx2g $off -Dsourcebench.off=claims.learned-detect -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
        "$out/claimdet-off.json" "${dev_arts[@]}" >/dev/null
  fi
  for part in dev even; do
    g=("${dev_gold[@]}"); [ $part = even ] && g=("${even_gold[@]}")
    echo "== $part, detector off"
    python3 "$shared/eval/score.py" --gold "${g[@]}" --pred "$out/claimdet-off.json" | grep -E "^(claims|overall)"
  done
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ClaimDetectorTrainer \
      "$out/claimdet-train.tsv" --folds 5 "$out/claimdet-cv" "$@" | grep -v "^pass" || true
  for m in "$@"; do
    f="$out/claimdet-cv.$(python3 -c "print(float('$m'))").tsv"
    # added to the switched-off export: the dump run resolved every candidate's speaker, the engine only a kept one's
    python3 "$root/releng/scripts/claimdet-labels.py" apply "${dev_gold[@]}" --pred "$out/claimdet-off.json" \
        --decisions "$f" --out "$out/claimdet-cv.json"
    for part in dev even; do
      g=("${dev_gold[@]}"); [ $part = even ] && g=("${even_gold[@]}")
      echo "== $part, 5-fold cross-validated, margin $m ($(wc -l < "$f") claims added over dev)"
      python3 "$shared/eval/score.py" --gold "${g[@]}" --pred "$out/claimdet-cv.json" | grep -E "^(claims|overall)"
    done
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ClaimDetectorTrainer \
      "$out/claimdet-train.tsv" "$root/bundles/org.sourcebench.extract/data/claim-detector.tsv" | grep -v "^pass" || true
  fold_models ClaimDetectorTrainer "$out/claimdet-train.tsv" claim-detector.tsv
fi
