#!/usr/bin/env bash
# Trains the learned relation proposer (relations.learned-roots, org.sourcebench.extract.relations.LearnedRoots) on the
# dev gold (study + select + check: every annotated development article, article-sets.sh's `dev`) and writes
# bundles/org.sourcebench.extract/data/relation-roots.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from a fixed seed).
#
#   releng/scripts/train-relation-roots.sh            train on all of dev, write the model
#   releng/scripts/train-relation-roots.sh --cv M...  5-fold cross-validation by article on dev instead (the articles
#                                                     sorted by file name, article i in fold i mod 5; each fold read by
#                                                     a model trained on the other four; margins M...): prints the
#                                                     component off and on (per margin) over all of dev and over even;
#                                                     writes nothing into the bundle
#   RELROOTS_FRACTION=F (1/4, 1/2 ...) with --cv: each fold's model trained on that share of the other four folds'
#                                                     articles (every fourth, every second ...): the learning curve
#   RELROOTS_SET=study                                another training set (default dev)
#   RELROOTS_OFF=SWITCH,...                           more switches off in the feature dump (e.g.
#                                                     relations.learned-adjective-ends: the proposer without those ends)
# Steps: the engine runs on the set with the switch off and dumps each candidate pair's features (EngineExport
# --features); relclass-labels.py labels each with the root gold gives the pair in its sentence (or none);
# syntax.train.RelationRootTrainer trains the averaged perceptron.
set -euo pipefail
. "$(dirname "$0")/train-common.sh" RelationRootTrainer
set_=${RELROOTS_SET:-dev}
resolve_set "$set_" "$out" "$tests" "$shared"
devgold=("${gold[@]}")
if [ -z "${RELROOTS_REUSE:-}" ] || [ ! -s "$out/relroots-features.tsv" ]; then
  engine_dump "relations.learned-roots${RELROOTS_OFF:+,$RELROOTS_OFF}" "$out/relroots-$set_.json" --features "$out/relroots-features.tsv" -- "${arts[@]}"
fi
python3 "$root/releng/scripts/relclass-labels.py" label "${devgold[@]}" --pred "$out/relroots-$set_.json" \
    --features "$out/relroots-features.tsv" --out "$out/relroots-train.tsv"
score() { # GOLD... --pred EXPORT: typed relations (right/predicted/gold, F1) and overall F1 to 4 decimals
  python3 "$shared/eval/score.py" --gold "$@" --json "$out/relroots-score.json" >/dev/null
  python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); t = d["micro"]["relations_typed"]
print("   overall %.4f   typed %d/%d/%d F1 %.4f" % (d["overall_f1"], t["tp"], t["pred"], t["gold"], t["f1"]))' "$out/relroots-score.json"
}
if [ "${1:-}" = "--cv" ]; then
  shift
  scored=("$set_"); [ "$set_" = dev ] && scored+=(even)
  java -Xmx2g ${TRAIN_OPTS:-} -Drelroots.fraction="${RELROOTS_FRACTION:-1}" -cp "$runcp" \
      org.sourcebench.extract.syntax.train.RelationRootTrainer "$out/relroots-train.tsv" \
      --folds 5 "$out/relroots-cv" "$@" | grep -v "^pass" || true
  for s in "${scored[@]}"; do
    resolve_set "$s" "$out" "$tests" "$shared"
    echo "== $s, component off"
    score "${gold[@]}" --pred "$out/relroots-$set_.json"
  done
  for m in "$@"; do
    f=$(ls "$out"/relroots-cv.*.tsv | grep -F "relroots-cv.$(python3 -c "print(float('$m'))").tsv")
    python3 "$root/releng/scripts/relclass-labels.py" apply "${devgold[@]}" --pred "$out/relroots-$set_.json" \
        --decisions "$f" --out "$out/relroots-cv.json"
    for s in "${scored[@]}"; do
      resolve_set "$s" "$out" "$tests" "$shared"
      echo "== $s, 5-fold cross-validated, margin $m ($(cut -f1 "$f" | grep -c -F -f <(ls "${gold[@]}" | sed 's/\.json$//') || true) proposed)"
      score "${gold[@]}" --pred "$out/relroots-cv.json"
    done
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -Drelroots.set="$set_" -cp "$runcp" org.sourcebench.extract.syntax.train.RelationRootTrainer \
      "$out/relroots-train.tsv" "$root/bundles/org.sourcebench.extract/data/relation-roots.tsv" | grep -v "^pass" || true
  fold_models RelationRootTrainer "$out/relroots-train.tsv" relation-roots.tsv
fi
