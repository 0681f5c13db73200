# Sourced by the training scripts of the learned components (train-relation-roots.sh, train-actor-filter.sh,
# train-location-filter.sh, train-claim-detector.sh, train-actdet20.sh, train-locdet20.sh, train-relfilter20.sh,
# retrain-learned.sh): sets $root, $out, $shared and $tests, reads the classpath and
# the article sets, and compiles EngineExport (the feature dumps) and the trainer class named by $1 (in
# org.sourcebench.extract.syntax.train).
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${EVAL_OUT:-/tmp/sourcebench-eval-$(id -u)-$(basename "$root")}
shared=${SOURCEBENCH_SHARED:-$root/../shared}
[ -d "$shared/eval" ] || shared=/work/shared
tests=$root/tests/org.sourcebench.extract.tests
. "$root/releng/scripts/extract-classpath.sh"
. "$root/releng/scripts/article-sets.sh"
compile_main "$tests/src/org/sourcebench/extract/eval/EngineExport.java"
javac -nowarn -encoding UTF-8 -d "$out/classes" -cp "$cp" -sourcepath "$srcpath" -implicit:class \
    "$root/bundles/org.sourcebench.extract/src/org/sourcebench/extract/syntax/train/$1.java" 2>&1 | grep -v "^Note:" || true

# score_parts FORMAT LABEL EXPORT GOLD...: one line, LABEL and the overall F1 printed with the python %-format FORMAT,
# then right/predicted/gold of actors, locations, attributed claims and typed relations (score.py's micro counts).
score_parts() {
  local fmt=$1 label=$2 pred=$3; shift 3
  python3 "$shared/eval/score.py" --gold "$@" --pred "$pred" --json "$out/score-parts.json" >/dev/null 2>&1
  python3 -c "import json, sys; d = json.load(open(sys.argv[1])); m = d['micro']; print(sys.argv[2] % (sys.argv[3], d['overall_f1'])
      + '  '.join('%s %d/%d/%d' % (k, m[k]['tp'], m[k]['pred'], m[k]['gold']) for k in ('actors', 'locations', 'claims_attributed', 'relations_typed')))" \
      "$out/score-parts.json" "$fmt" "$label"
}

# dev_halves: $dev_arts and $dev_gold, the article and gold folders of study, select and check in that order (the
# article order of the dumps of the scripts that read dev by its halves: the claim detector, the location filter and
# the location detector), and $even_gold, those of select and check.
dev_halves() {
  local s
  dev_arts=(); dev_gold=(); even_gold=()
  for s in study select check; do
    resolve_set "$s" "$out" "$tests" "$shared"
    dev_arts+=("${arts[@]}"); dev_gold+=("${gold[@]}")
    [ "$s" = study ] || even_gold+=("${gold[@]}")
  done
}

# score_locations EXPORT GOLD...: score.py's locations line and the overall F1 (4 decimals) of an export, the lines of
# the location scripts' --cv printouts (score.py's JSON beside the export: EXPORT.json -> EXPORT-score.json).
score_locations() {
  local pred=$1; shift
  python3 "$shared/eval/score.py" --gold "$@" --pred "$pred" --json "${pred%.json}-score.json" | grep -E "^locations"
  python3 -c "import json,sys; print('overall F1 = %.4f' % json.load(open(sys.argv[1]))['overall_f1'])" \
      "${pred%.json}-score.json"
}

# score_dev_even EXPORT: score_parts over the script's $gold (dev) and $even_gold, the lines "dev" and "even" of the
# --cv printouts.
score_dev_even() {
  score_parts '%-5s %.4f ' dev "$1" "${gold[@]}"
  score_parts '%-5s %.4f ' even "$1" "${even_gold[@]}"
}

# score_cv_margins LABELS.py WHAT MARGIN...: for each margin, the trainer's cross-validated decisions
# ($out/$tag-cv.MARGIN.tsv) added to the component-off export ($out/$tag-off.json) by "LABELS.py apply", scored by
# score_dev_even; WHAT names what a decision line adds (the printout counts them).
score_cv_margins() {
  local labels=$1 what=$2 m f; shift 2
  for m in "$@"; do
    f="$out/$tag-cv.$(python3 -c "print(float('$m'))").tsv"
    python3 "$root/releng/scripts/$labels" apply "${gold[@]}" --pred "$out/$tag-off.json" \
        --decisions "$f" --out "$out/$tag-cv.json"
    echo "== margin $m, decisions added to the off export ($(wc -l < "$f") $what over dev)"
    score_dev_even "$out/$tag-cv.json"
  done
}

# The fold of an article (ActorFilterTrainer.fold): the number its file name starts with, modulo 5.
article_fold() { local n; n=$(basename "$1"); n=${n%%_*}; echo $(( 10#$n % 5 )); }

# engine_dump NAME OUT.json [DUMPFLAG DUMP.tsv]... -- ARTICLE...: the training dump of component NAME: EngineExport
# with NAME switched off, and with the components in $TRAIN_OFF (comma-separated) off too. With $TRAIN_FOLD_MODELS
# (a folder holding fold.0 ... fold.4, retrain-learned.sh's stacked training) each fold's articles (article_fold) are
# read with that fold's models (-Dsourcebench.models=DIR/fold.F: the components trained without the fold), and the
# export and dumps are merged in article order (as one run writes them).
engine_dump() {
  local name=$1 json=$2 f; shift 2
  local dumps=() files=()
  while [ "$1" != "--" ]; do dumps+=("$1" "$2"); shift 2; done
  shift
  local off="-Dsourcebench.off=$name${TRAIN_OFF:+,$TRAIN_OFF}"
  if [ -z "${TRAIN_FOLD_MODELS:-}" ]; then
    java -Xmx2g ${JAVA_OPTS:-} "$off" -cp "$runcp" org.sourcebench.extract.eval.EngineExport "${dumps[@]}" "$json" "$@" >/dev/null
    return
  fi
  for a in "$@"; do
    if [ -d "$a" ]; then files+=($(ls "$a"/*.txt | LC_ALL=C sort)); else files+=("$a"); fi
  done
  printf '%s\n' "${files[@]}" > "$json.order"
  for f in 0 1 2 3 4; do
    local mine=() part=() k
    for a in "${files[@]}"; do [ "$(article_fold "$a")" -eq $f ] && mine+=("$a"); done
    for ((k = 0; k < ${#dumps[@]}; k += 2)); do part+=("${dumps[k]}" "${dumps[k+1]}.fold$f"); done
    java -Xmx2g ${JAVA_OPTS:-} "$off" -Dsourcebench.models="$TRAIN_FOLD_MODELS/fold.$f" -cp "$runcp" \
        org.sourcebench.extract.eval.EngineExport "${part[@]}" "$json.fold$f" "${mine[@]}" >/dev/null
  done
  local tsvs=()
  for ((k = 1; k < ${#dumps[@]}; k += 2)); do tsvs+=("${dumps[k]}"); done
  python3 - "$json" "${tsvs[@]}" <<'PY'
import json, os, sys
target, tsvs = sys.argv[1], sys.argv[2:]
order = {os.path.basename(l.strip()): i for i, l in enumerate(open(target + ".order", encoding="utf-8"))}
parts = [target + ".fold%d" % f for f in range(5)]
sources = [s for p in parts for s in json.load(open(p, encoding="utf-8"))["sources"]]
sources.sort(key=lambda s: order[s["file"]])
json.dump({"sources": sources}, open(target, "w", encoding="utf-8"), ensure_ascii=False)
for t in tsvs:
    rows = [l for f in range(5) for l in open(t + ".fold%d" % f, encoding="utf-8")]
    rows.sort(key=lambda l: order[l.split("\t", 1)[0]])  # stable: an article's rows keep the engine's order
    open(t, "w", encoding="utf-8").write("".join(rows))
PY
  rm -f "$json".fold? "$json.order"; for t in "${tsvs[@]}"; do rm -f "$t".fold?; done
}

# fold_models TRAINER TRAIN.tsv MODEL: with $TRAIN_FOLD_OUT set, also trains the five fold models
# $TRAIN_FOLD_OUT/fold.F/MODEL (syntax.train.TRAINER on the rows of TRAIN.tsv whose article is not in fold F) for
# retrain-learned.sh's stacked cross-validation; nothing otherwise.
fold_models() {
  [ -n "${TRAIN_FOLD_OUT:-}" ] || return 0
  local trainer=$1 train=$2 model=$3 f
  for f in 0 1 2 3 4; do
    mkdir -p "$TRAIN_FOLD_OUT/fold.$f"
    python3 -c 'import sys
f = int(sys.argv[1])
def fold(name):
    n = name.split("_", 1)[0]
    return int(n) % 5 if n.isdigit() else 0
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.writelines(l for l in open(sys.argv[2], encoding="utf-8") if fold(l.split("\t", 1)[0]) != f)' \
        $f "$train" "$train.fold$f"
    java -Xmx2g ${TRAIN_OPTS:-} -cp "$runcp" org.sourcebench.extract.syntax.train.$trainer "$train.fold$f" \
        "$TRAIN_FOLD_OUT/fold.$f/$model" | grep -v "^pass" || true
    rm -f "$train.fold$f"
  done
}
