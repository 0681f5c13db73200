#!/usr/bin/env bash
# Every mechanism switch of the engine off in turn (the names org.sourcebench.extract's sources give Mechanisms.on,
# literally or through a constant; switches named in data rows, such as claim-words.tsv's marks, are not found),
# scored on the given article sets: how much each mechanism is worth on each set, and whether sets agree on it.
#
#   releng/scripts/switch-ablation.sh OUT SET...     SET as in eval-extract.sh (seed | own | blindN | study | select |
#                                                    check | fresh | even | confirm | DIR with articles/ and gold/)
#
# One JVM per switch (Mechanisms reads -Dsourcebench.off once) exports all sets together; each set is then scored
# alone. Appends "switch<TAB>set<TAB>part<TAB>right<TAB>predicted<TAB>gold" rows to OUT/scores.tsv ("none" = nothing
# off; parts actors, locations, claims_attributed, relations_typed) and skips switches already exported, so a stopped
# run resumes. About 10-40 s per switch for ~200 articles on one core; `switch-ablation.py OUT/scores.tsv` reads it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1; shift
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
. "$root/releng/scripts/article-sets.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineExport.java"
mkdir -p "$out/x"
names=(); all_arts=(); declare -A golds
for set in "$@"; do
  resolve_set "$set" "$out" "$tests" "$shared"
  names+=("$name"); all_arts+=("${arts[@]}"); golds[$name]="${gold[*]}"
done
# switches named in the call, and switches named through a constant (static final String X = "area.name")
src=$root/bundles/org.sourcebench.extract/src
switches=(none $( { grep -rhoE 'Mechanisms\.on\("[^"]+"' "$src" | sed 's/.*("//; s/"$//'
    grep -rhoE 'static final String [A-Z_]+ = "[a-z]+\.[A-Za-z0-9-]+"' "$src" | sed 's/.*= "//; s/"$//'; } | sort -u))
for sw in "${switches[@]}"; do
  export_json=$out/x/$sw.json
  [ -s "$export_json" ] || java -Xmx2g -Dsourcebench.off="$sw" -cp "$runcp" org.sourcebench.extract.eval.EngineExport \
      "$export_json" "${all_arts[@]}" >/dev/null 2>&1
  for name in "${names[@]}"; do
    # shellcheck disable=SC2086
    python3 "$shared/eval/score.py" --gold ${golds[$name]} --pred "$export_json" --json "$out/x/$sw.$name.score" >/dev/null
    python3 - "$out/x/$sw.$name.score" "$sw" "$name" >> "$out/scores.tsv" <<'PY'
import json, sys
micro = json.load(open(sys.argv[1]))["micro"]
for part in ("actors", "locations", "claims_attributed", "relations_typed"):
    print("\t".join([sys.argv[2], sys.argv[3], part] + [str(micro[part][k]) for k in ("tp", "pred", "gold")]))
PY
  done
done
