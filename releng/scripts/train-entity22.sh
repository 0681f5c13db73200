#!/usr/bin/env bash
# Trains the learned description resolver (actors.learned-coref, org.sourcebench.extract.actors.LearnedCoref) on the
# development gold's actor mentions (dev = study + select + check, 830 articles, batches 1-33) and writes
# bundles/org.sourcebench.extract/data/mention-coref22.tsv; deterministic (rows in article order, the perceptron's
# passes shuffled from fixed seeds).
#
#   releng/scripts/train-entity22.sh              train on all of dev, write the model
#   releng/scripts/train-entity22.sh --margins    5-fold cross-validation by article of the pairs alone (fold = article
#                                                 number mod 5, ActorFilterTrainer.fold): links right/wrong per margin
#   releng/scripts/train-entity22.sh --cv [M]     5-fold cross-validation through the engine: each fold's articles
#                                                 extracted with the switch on and the model trained without them
#                                                 (-Dsourcebench.models=DIR/fold.F), margin M (default the shipped
#                                                 one); prints dev and even with the switch off and cross-validated
# $TRAIN_OFF (comma-separated switches) is switched off in every engine run, e.g. the other learned components (the
# "learned off" figures); the pairs and features are the same either way (the resolver runs before every learned
# component), only the labels' alignment and the scores differ. Writes nothing into the bundle with --margins or --cv.
# Steps: the engine runs on dev with the switch off and dumps every (description, actor) pair with its features
# (EngineExport --coref-features; the candidate heads: every head of a lower-case gold mention, coref-labels.py heads
# --min 1); coref-labels.py labels each pair keep when the description is a gold mention of the gold actor score.py
# aligns with the pair's actor, else drop; syntax.train.MentionCorefTrainer trains the averaged perceptron.
set -euo pipefail
. "$(dirname "$0")/train-common.sh" MentionCorefTrainer
resolve_set dev "$out" "$tests" "$shared"
even_gold=("$out/sets/even/gold")
if [ -z "${COREF_REUSE:-}" ]; then # COREF_REUSE=1: the dump and labels of the last run (same engine, same JAVA_OPTS)
python3 "$root/releng/scripts/coref-labels.py" heads "${gold[@]}" --min 1 --out "$out/coref-heads.txt"
JAVA_OPTS="${JAVA_OPTS:-} -Dsourcebench.coref.heads=$out/coref-heads.txt" \
    engine_dump actors.learned-coref "$out/coref-dev.json" --coref-features "$out/coref-pairs.tsv" -- "${arts[@]}"
python3 "$root/releng/scripts/coref-labels.py" label "${gold[@]}" --pred "$out/coref-dev.json" \
    --features "$out/coref-pairs.tsv" --out "$out/coref-train.tsv"
fi
case "${1:-}" in
--margins|--cv)
  rm -rf "$out/coref-folds"
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.MentionCorefTrainer "$out/coref-train.tsv" \
      --folds 5 "$out/coref-folds" | grep -v "^pass" || true
  python3 - "$out/coref-folds/leads.tsv" <<'PY'
import sys
best = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f, actor, desc, begin, label, lead = line.rstrip("\n").split("\t")
    key = (f, begin)
    lead = float(lead)
    described = best.get(key, (0, 0, 0))[2] or label == "keep"
    if key not in best or lead < best[key][0]:
        best[key] = (lead, label == "keep", described)
    else:
        best[key] = best[key][:2] + (described,)
print("descriptions %d, with a right candidate %d" % (len(best), sum(1 for v in best.values() if v[2])))
for m in (-2, 0, 1, 2, 3, 4, 6, 8):
    right = sum(1 for v in best.values() if -v[0] > m and v[1])
    wrong = sum(1 for v in best.values() if -v[0] > m and not v[1])
    print("margin %3d: linked %5d, right %5d, wrong %5d" % (m, right + wrong, right, wrong))
PY
  [ "$1" = --cv ] || exit 0
  margin=${2:+-Dsourcebench.coref.margin=$2}
  parts=()
  for f in 0 1 2 3 4; do
    files=()
    for a in "${arts[@]}"; do
      for t in "$a"/*.txt; do [ "$(article_fold "$t")" -eq $f ] && files+=("$t"); done
    done
    java -Xmx2g ${JAVA_OPTS:-} ${TRAIN_OFF:+-Dsourcebench.off=$TRAIN_OFF} -Dsourcebench.models="$out/coref-folds/fold.$f" \
        ${margin:-} -cp "$runcp" \
        org.sourcebench.extract.eval.EngineExport "$out/coref-engine.$f.json" "${files[@]}" >/dev/null
    parts+=("$out/coref-engine.$f.json")
  done
  python3 - "$out/coref-engine.json" "${parts[@]}" <<'PY'
import json, sys
data = {"sources": []}
for p in sys.argv[2:]:
    data["sources"] += json.load(open(p, encoding="utf-8"))["sources"]
json.dump(data, open(sys.argv[1], "w", encoding="utf-8"))
PY
  echo "== switch off"; score_dev_even "$out/coref-dev.json"
  echo "== 5-fold cross-validated through the engine${2:+, margin $2}"; score_dev_even "$out/coref-engine.json" ;;
*)
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.MentionCorefTrainer "$out/coref-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/mention-coref22.tsv" | grep -v "^pass" || true
  fold_models MentionCorefTrainer "$out/coref-train.tsv" mention-coref22.tsv ;; # retrain-learned.sh's fold models
esac
