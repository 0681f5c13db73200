#!/usr/bin/env bash
# Trains the learned relation filter (relations.learned-filter, org.sourcebench.extract.relations.LearnedRelationFilter)
# on the development set's gold (dev = study + select + check, 706 articles, batches 1-29; never confirm or a held-out
# batch) and writes bundles/org.sourcebench.extract/data/relation-filter.tsv; deterministic (rows in article order,
# the perceptrons' passes shuffled from fixed seeds).
#
#   releng/scripts/train-relfilter20.sh              train on all of dev, write the model
#   releng/scripts/train-relfilter20.sh --cv M...    5-fold cross-validation by article (fold = article number mod 5,
#                                                    ActorFilterTrainer.fold; each fold read by a model trained on the
#                                                    other four) at margins M...: prints dev and even (select + check)
#                                                    with the switch off and per margin; writes nothing into the bundle
# Steps: the actor filter's own 5-fold CV leads are made first (train-actor-filter.sh --cv, unless
# $out/actfilter-cv.tsv exists), so that the training rows' end features carry out-of-sample actor scores; the engine
# runs on dev with the switch off and dumps each emitted relation's features (EngineExport --relation-features);
# relation-filter-labels.py labels each keep when score.py matches it typed, else drop;
# syntax.train.RelationFilterTrainer trains (ActorFilterTrainer's averaged perceptrons).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/train-common.sh" RelationFilterTrainer
[ -s "$out/actfilter-cv.tsv" ] || "$here/train-actor-filter.sh" --cv >/dev/null
resolve_set dev "$out" "$tests" "$shared"
even_gold=("$out/sets/even/gold")
[ -d "${even_gold[0]}" ] || { resolve_set even "$out" "$tests" "$shared"; even_gold=("${gold[@]}"); resolve_set dev "$out" "$tests" "$shared"; }
f=$out/relfilter
java -Xmx2g ${JAVA_OPTS:-} -Dsourcebench.off=relations.learned-filter -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
    --relation-features "$f-features.tsv" "$f-dev.json" "${arts[@]}" >/dev/null
python3 "$here/relation-filter-labels.py" label "${gold[@]}" --pred "$f-dev.json" --features "$f-features.tsv" \
    --actor-leads "$out/actfilter-cv.tsv" --out "$f-train.tsv"
score() { # EXPORT: dev and even figures (overall; right/predicted/gold of the four parts)
  for part in dev even; do
    if [ $part = dev ]; then g=("${gold[@]}"); else g=("${even_gold[@]}"); fi
    python3 "$shared/eval/score.py" --gold "${g[@]}" --pred "$1" --json "$f-score.json" >/dev/null 2>&1
    python3 -c "import json, sys; d = json.load(open(sys.argv[1])); m = d['micro']; print('%-5s %.4f ' % (sys.argv[2], d['overall_f1'])
        + '  '.join('%s %d/%d/%d' % (k, m[k]['tp'], m[k]['pred'], m[k]['gold']) for k in ('actors', 'locations', 'claims_attributed', 'relations_typed')))" \
        "$f-score.json" $part
  done
}
if [ "${1:-}" = "--cv" ]; then
  shift
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationFilterTrainer "$f-train.tsv" \
      --folds 5 "$f-cv.tsv" | grep -v "^pass" || true
  echo "== switch off"; score "$f-dev.json"
  for m in "$@"; do
    python3 "$here/relation-filter-labels.py" apply --pred "$f-dev.json" --leads "$f-cv.tsv" --margin "$m" --out "$f-cv.json"
    echo "== 5-fold cross-validated, margin $m ($(awk -F'\t' -v m="$m" '$8 > m' "$f-cv.tsv" | wc -l) relations dropped," \
        "$(awk -F'\t' -v m="$m" '$8 > m && $7 == "keep"' "$f-cv.tsv" | wc -l) of them right)"
    score "$f-cv.json"
  done
else
  java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.RelationFilterTrainer "$f-train.tsv" \
      "$root/bundles/org.sourcebench.extract/data/relation-filter.tsv" | grep -v "^pass" || true
fi
