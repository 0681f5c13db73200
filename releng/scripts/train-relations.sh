#!/usr/bin/env bash
# Trains the learned relation model (org.sourcebench.extract.relations.LearnedRelations) on the STUDY half of the
# development articles (as eval-extract.sh's "study": odd article numbers of blind .. blind10, blind12, blind14 and all
# of blind11, blind13, blind15; never the check or fresh half, never a held-out batch) and writes it to the bundle's
# data/learned-relations.tsv (or OUT). Deterministic: the same articles, gold and code give the same file.
#
#   releng/scripts/train-relations.sh [OUT.tsv]
#   env: SHARE=all|half|quarter   the study articles used (half / quarter: every 2nd / 4th article of each batch in
#                                 name order, for a learning curve; nested)
#        EXTRA="own seed"         also train on our own articles 101-113 and the seed (default: none)
#        JAVA_OPTS                -Dlearned.l2=1e-3,1e-2 -Dlearned.epochs=10 -Dlearned.debug=true ...
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}/train
model=${1:-$root/bundles/org.sourcebench.extract/data/learned-relations.tsv}
share=${SHARE:-all}
extra=${EXTRA:-}
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
case $share in all) step=1 ;; half) step=2 ;; quarter) step=4 ;; *) echo "SHARE: all, half or quarter" >&2; exit 2 ;; esac
rm -rf "$out"; mkdir -p "$out/classes" "$out/articles" "$out/gold"
for b in blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15; do
  [ -d "$tests/resources/$b/articles" ] || continue
  i=0
  for a in "$tests/resources/$b/articles"/*.txt; do
    n=$(basename "$a" .txt)
    case $b in
      blind11|blind13|blind15) ;;
      *) [ $(( 10#${n%%_*} % 2 )) -eq 1 ] || continue ;;
    esac
    i=$((i + 1))
    [ $(( (i - 1) % step )) -eq 0 ] || continue
    ln -s "$a" "$out/articles/"; ln -s "$tests/resources/$b/gold/$n.json" "$out/gold/"
  done
done
for e in $extra; do
  case $e in
    own)
      for a in "$tests"/resources/articles/1*.txt; do
        ln -s "$a" "$out/articles/"; ln -s "$tests/resources/gold/$(basename "$a" .txt).json" "$out/gold/"
      done ;;
    seed)
      shared=${SOURCEBENCH_SHARED:-$root/../shared}
      [ -d "$shared/eval" ] || shared=/work/shared
      ln -s "$shared/samples/000_e2a23cc3f04865a0.txt" "$out/articles/"; ln -s "$shared/eval/gold/seed.json" "$out/gold/" ;;
    *) echo "EXTRA: own and/or seed" >&2; exit 2 ;;
  esac
done
echo "training on $(ls "$out/articles" | wc -l) articles (study: $share${extra:+, $extra})"
python3 "$root/releng/scripts/relation-gold.py" "$out/gold.tsv" "$out/gold"
srcpath=$srcpath:$root/bundles/org.sourcebench.ingest/src:$tests/src:$root/tests/org.sourcebench.test.support/src
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$tests/src/org/sourcebench/extract/eval/RelationTrainer.java" 2>&1 | grep -v "^Note:" || true
runcp=$out/classes:$root/bundles/org.sourcebench.extract:$root/bundles/org.sourcebench.model:$tests:$root/tests/org.sourcebench.test.support/resources:$cp
java -Xmx3g ${JAVA_OPTS:-} "-Dlearned.source=study ($share)${extra:+ + $extra}" -cp "$runcp" \
    org.sourcebench.extract.eval.RelationTrainer "$model" "$out/gold.tsv" "$out/articles"
