#!/usr/bin/env bash
# Trains the claim-stance model (org.sourcebench.extract.relations.ClaimStances, switch relations.claimStances) on the
# STUDY half of the development articles (article-sets.sh's "study"; never select, check, fresh or a held-out batch)
# and writes it to the bundle's data/claim-stances.tsv (or OUT). Deterministic: the same articles, gold and code give
# the same file. The features include the roots the engine's rule readers give a pair, so the engine's code is part of
# the input: the shipped file was trained at commit 61a5455 (branch claimrel, main 82951f3 + the layer) and rebuilds
# byte-identically there; on a later engine the script trains a different model, to be measured before it replaces
# the shipped one.
#
#   releng/scripts/train-claim-stances.sh [OUT.tsv]
#   env: JAVA_OPTS   -Dstance.l2=1e-3,1e-2 -Dstance.epochs=10 -Dstance.debug=true
#                    -Dstance.threshold=T -Dstance.only=11 (the add threshold chosen on select for the listed classes,
#                    the others never added; written to the file)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}/train-stances
model=${1:-$root/bundles/org.sourcebench.extract/data/claim-stances.tsv}
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
. "$root/releng/scripts/article-sets.sh"
rm -rf "$out"; mkdir -p "$out"
build_half study "$out/study" "$tests"
# The shipped model's training set is the study half of the fourteenth session (278 articles): batches annotated
# later (batch 22 on, article numbers 2300 and up) join only when a retrained model is measured like any other change
# (STANCE_ALL_STUDY=1).
if [ -z "${STANCE_ALL_STUDY:-}" ]; then
  find "$out/study/articles" "$out/study/gold" -name '2[3-9][0-9][0-9]_*' -delete
fi
echo "training on $(ls "$out/study/articles" | wc -l) study articles"
# gold -> one row per actor (A name mention|...), relationship (R from to root evidence) and claim (C speaker text)
python3 - "$out/gold.tsv" "$out/study/gold" <<'PY'
import glob, json, os, sys
def clean(s):
    return " ".join(str(s or "").split()).replace("|", " ")
def text(x):
    return x.get("text", "") if isinstance(x, dict) else x
rows = []
for f in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
    g = json.load(open(f, encoding="utf-8"))
    art = os.path.splitext(os.path.basename(f))[0]
    for a in g.get("actors", []):
        ms = [text(m) for m in a.get("mentions", [])]
        rows.append("\t".join([art, "A", clean(a["name"]), "|".join(clean(m) for m in ms)]))
    for r in g.get("relationships", []):
        rows.append("\t".join([art, "R", clean(r["from"]), clean(r["to"]), str(r["cameo"])[:2], clean(text(r.get("evidence")))]))
    for c in g.get("claims", []):
        rows.append("\t".join([art, "C", clean(c.get("speaker")), clean(text(c.get("text")))]))
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
compile_main "$tests/src/org/sourcebench/extract/eval/ClaimStanceTrainer.java"
# the add threshold and class were chosen on the select set (typed relations 149/284 -> 161/311)
java -Xmx3g ${JAVA_OPTS:--Dstance.threshold=0.25 -Dstance.only=11} -cp "$runcp" org.sourcebench.extract.eval.ClaimStanceTrainer "$model" "$out/gold.tsv" \
    "$out/study/articles"
