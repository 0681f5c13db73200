#!/usr/bin/env bash
# Trains the learned relation model (org.sourcebench.extract.relations.LearnedRelations) on the STUDY half of the
# development batches (odd article numbers of blind .. blind9; never the check half), all of batch 11 (blind11,
# outside study/check/fresh), our own articles 101-113 and the seed, and writes it to the bundle's data/learned-relations.tsv (or OUT). Deterministic: the
# same articles, gold and code give the same file.
#
#   releng/scripts/train-relations.sh [OUT.tsv]        JAVA_OPTS: -Dlearned.l2=1e-4,1e-3 -Dlearned.epochs=10 ...
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}/train
model=${1:-$root/bundles/org.sourcebench.extract/data/learned-relations.tsv}
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
rm -rf "$out"; mkdir -p "$out/classes" "$out/articles" "$out/gold"
for b in blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9; do
  [ -d "$tests/resources/$b/articles" ] || continue
  for a in "$tests/resources/$b/articles"/*.txt; do
    n=$(basename "$a" .txt)
    [ $(( 10#${n%%_*} % 2 )) -eq 1 ] || continue
    ln -s "$a" "$out/articles/"; ln -s "$tests/resources/$b/gold/$n.json" "$out/gold/"
  done
done
for a in "$tests"/resources/blind11/articles/*.txt; do
  [ -e "$a" ] || continue
  ln -s "$a" "$out/articles/"; ln -s "$tests/resources/blind11/gold/$(basename "$a" .txt).json" "$out/gold/"
done
for a in "$tests"/resources/articles/1*.txt; do
  ln -s "$a" "$out/articles/"; ln -s "$tests/resources/gold/$(basename "$a" .txt).json" "$out/gold/"
done
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
ln -s "$shared/samples/000_e2a23cc3f04865a0.txt" "$out/articles/"; ln -s "$shared/eval/gold/seed.json" "$out/gold/"
python3 "$root/releng/scripts/relation-gold.py" "$out/gold.tsv" "$out/gold"
srcpath=$srcpath:$root/bundles/org.sourcebench.ingest/src:$tests/src:$root/tests/org.sourcebench.test.support/src
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$tests/src/org/sourcebench/extract/eval/RelationTrainer.java" 2>&1 | grep -v "^Note:" || true
runcp=$out/classes:$root/bundles/org.sourcebench.extract:$root/bundles/org.sourcebench.model:$tests:$root/tests/org.sourcebench.test.support/resources:$cp
java -Xmx2g ${JAVA_OPTS:-} -cp "$runcp" org.sourcebench.extract.eval.RelationTrainer "$model" "$out/gold.tsv" "$out/articles"
