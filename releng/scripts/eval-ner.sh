#!/usr/bin/env bash
# Scores the entity tagger (org.sourcebench.extract.syntax) in seconds on a plain JVM: compiles the syntax package's
# trainers with javac, then
#   - held-out CoNLL-U files given with --conllu (BIO= in MISC or GUM Entity=): exact-span P/R/F1 per type;
#   - article sets (seed | own | blind | DIR with articles/ and gold/): the name mentions of the gold files
#     (actors of kind person → PERSON, state → PLACE, other kinds → ORG; locations → PLACE; only mentions written
#     as names: capitalised words and name connectors) against the spans the parser tags in the article.
#     Recall: gold (article, mention, type) found as a span of that type. Precision: tagged (article, span, type)
#     that the gold lists with that type (the gold does not list every name an article holds, so this is a floor).
#
#   releng/scripts/eval-ner.sh [--conllu FILE...] [--] [SET...]    (default sets: seed own blind; blind2 is a development set now)
# MODELS=DIR puts DIR/data/syntax/* ahead of the bundle's models (to score a candidate model).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-ner-$(id -u)-$(basename "$root")}
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
conllu=()
if [ "${1:-}" = "--conllu" ]; then
  shift
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do conllu+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  sets=("$@")
else
  sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(seed own blind)
fi
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
mkdir -p "$out/classes"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$root"/bundles/org.sourcebench.extract/src/org/sourcebench/extract/syntax/train/NerEvaluation.java 2>&1 | grep -v "^Note:" || true
runcp=${MODELS:+$MODELS:}$out/classes:$root/bundles/org.sourcebench.extract:$cp
run() { java -Xmx1g -cp "$runcp" org.sourcebench.extract.syntax.train.NerEvaluation "$@"; }

[ ${#conllu[@]} -eq 0 ] || run "${conllu[@]}"

for set in "${sets[@]}"; do
  case $set in
    seed)  arts=$shared/samples; gold=("$shared/eval/gold/seed.json") ;;
    own)   arts=$tests/resources/articles; gold=($(ls "$tests"/resources/gold/1*.json)) ;;
    blind|blind2) arts=$tests/resources/$set/articles; gold=($(ls "$tests"/resources/$set/gold/*.json)) ;;
    *)     arts=$set/articles; gold=($(ls "$set"/gold/*.json)); set=$(basename "$set") ;;
  esac
  run --articles "$arts" > "$out/$set.tsv"
  echo "== $set (gold name mentions)"
  python3 - "$arts" "$out/$set.tsv" "${gold[@]}" <<'PY'
import json, os, re, sys
from collections import Counter
arts, tsv, golds = sys.argv[1], sys.argv[2], sys.argv[3:]
CONNECT = {"of", "the", "and", "for", "de", "al", "al-", "el", "bin", "ibn", "von", "van", "der", "da", "di", "on", "'s", "-"}
def name(m):
    w = re.findall(r"[\w'’.-]+|[^\w\s]", m)
    return bool(w) and w[0][:1].isupper() and w[-1][:1].isupper() and all(x[:1].isupper() or x[:1].isdigit() or x.lower() in CONNECT for x in w)
gold = set()
arts_scored = set()
for g in golds:
    d = json.load(open(g))
    a = d.get("article") or os.path.basename(g).replace(".json", ".txt")
    path = os.path.join(arts, a)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    arts_scored.add(a)
    for x in d.get("actors", []):
        t = {"person": "PERSON", "state": "PLACE"}.get(x.get("kind"), "ORG")
        for m in x.get("mentions", []):
            if name(m) and m in text:
                gold.add((a, m, t))
    for x in d.get("locations", []):
        for m in x.get("mentions", []):
            if name(m) and m in text:
                gold.add((a, m, "PLACE"))
pred = set()
for line in open(tsv, encoding="utf-8"):
    f, t, s = line.rstrip("\n").split("\t")
    t = {"GPE": "PLACE", "LOC": "PLACE"}.get(t, t)
    if f in arts_scored and t in ("PERSON", "ORG", "PLACE"):
        pred.add((f, s, t))
tot = [0, 0, 0]
for t in ("PERSON", "ORG", "PLACE"):
    g = {x for x in gold if x[2] == t}; p = {x for x in pred if x[2] == t}; c = len(g & p)
    P = c / len(p) if p else 0; R = c / len(g) if g else 0; F = 2 * P * R / (P + R) if P + R else 0
    print(f"  {t:7s} P {P:.3f}  R {R:.3f}  F1 {F:.3f}   (gold {len(g)}, tagged {len(p)}, correct {c})")
    tot = [tot[0] + len(g), tot[1] + len(p), tot[2] + c]
P = tot[2] / tot[1] if tot[1] else 0; R = tot[2] / tot[0] if tot[0] else 0
print(f"  all     P {P:.3f}  R {R:.3f}  F1 {2*P*R/(P+R) if P+R else 0:.3f}   (gold {tot[0]}, tagged {tot[1]}, correct {tot[2]})")
if os.environ.get("NER_MISSED"):
    for x in sorted(gold - pred): print("  missed", *x, sep="\t")
    for x in sorted(pred - gold): print("  extra ", *x, sep="\t")
PY
done
