#!/usr/bin/env bash
# Trains the learned actor filter (actors.learned-filter, org.sourcebench.extract.actors.LearnedActorFilter) on the
# development sets' gold (dev = study + select + check, 643 articles) and writes
# bundles/org.sourcebench.extract/data/actor-filter.tsv; deterministic (rows in article order, the perceptron's passes
# shuffled from a fixed seed).
#
#   releng/scripts/train-actor-filter.sh              train on all of dev, write the model
#   releng/scripts/train-actor-filter.sh --cv M...    5-fold cross-validation by article (fold = article number mod 5;
#                                                     each fold read by a model trained on the other four) at margins
#                                                     M...: prints dev and even (select + check) off and per margin;
#                                                     writes nothing into the bundle
#   releng/scripts/train-actor-filter.sh --cv-engine M   the same through the engine itself: each fold's articles
#                                                     extracted with the switch on, the fold's model and margin M
# Steps: the engine runs on dev with the switch off and dumps each emitted actor's features (EngineExport
# --actor-features); actor-filter-labels.py labels each keep when score.py aligns it with a gold actor, else drop;
# syntax.train.ActorFilterTrainer trains the averaged perceptron (RelationRootTrainer's rows and training).
set -euo pipefail
. "$(dirname "$0")/train-common.sh" ActorFilterTrainer
resolve_set dev "$out" "$tests" "$shared"
even_gold=("$out/sets/even/gold")
engine_dump actors.learned-filter "$out/actfilter-dev.json" --actor-features "$out/actfilter-features.tsv" -- "${arts[@]}"
python3 "$root/releng/scripts/actor-filter-labels.py" label "${gold[@]}" --pred "$out/actfilter-dev.json" \
    --features "$out/actfilter-features.tsv" --out "$out/actfilter-train.tsv"
case "${1:-}" in
--cv)
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ActorFilterTrainer "$out/actfilter-train.tsv" \
      --folds 5 "$out/actfilter-cv.tsv" | grep -v "^pass" || true
  echo "== switch off"; score_dev_even "$out/actfilter-dev.json"
  for m in "$@"; do
    python3 "$root/releng/scripts/actor-filter-labels.py" apply --pred "$out/actfilter-dev.json" \
        --leads "$out/actfilter-cv.tsv" --margin "$m" --out "$out/actfilter-cv.json"
    echo "== 5-fold cross-validated, margin $m ($(awk -F'\t' -v m="$m" '$4 > m' "$out/actfilter-cv.tsv" | wc -l) actors dropped)"
    score_dev_even "$out/actfilter-cv.json"
  done ;;
--cv-engine)
  m=$2
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ActorFilterTrainer "$out/actfilter-train.tsv" \
      --folds 5 "$out/actfilter-cv.tsv" "$out/actfilter-fold" | grep -v "^pass" || true
  parts=()
  for f in 0 1 2 3 4; do
    files=()
    for a in "${arts[@]}"; do
      for t in "$a"/*.txt; do n=$(basename "$t"); n=$(( 10#${n%%_*} )); [ $(( n % 5 )) -eq $f ] && files+=("$t"); done
    done
    java -Xmx2g ${JAVA_OPTS:-} -Dsourcebench.actorFilter.model="$out/actfilter-fold.$f.tsv" -Dsourcebench.actorFilter.margin="$m" \
        -cp "$runcp" org.sourcebench.extract.eval.EngineExport "$out/actfilter-engine.$f.json" "${files[@]}" >/dev/null
    parts+=("$out/actfilter-engine.$f.json")
  done
  python3 - "$out/actfilter-engine.json" "${parts[@]}" <<'PY'
import json, sys
data = {"sources": []}
for p in sys.argv[2:]:
    data["sources"] += json.load(open(p, encoding="utf-8"))["sources"]
json.dump(data, open(sys.argv[1], "w", encoding="utf-8"))
PY
  echo "== 5-fold cross-validated through the engine, margin $m"; score_dev_even "$out/actfilter-engine.json" ;;
*)
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.ActorFilterTrainer "$out/actfilter-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/actor-filter.tsv" | grep -v "^pass" || true
  fold_models ActorFilterTrainer "$out/actfilter-train.tsv" actor-filter.tsv ;;
esac
