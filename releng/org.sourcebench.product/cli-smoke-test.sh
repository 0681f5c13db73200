#!/bin/bash
# End-to-end test of the headless analysis through the built product's start script:
# `sourcebench --version`, `sourcebench analyze` on the repository's samples folder (every format),
# a bad file among good ones, `sourcebench export`, and (when ../shared/eval is present, as on the
# developers' machines) the official scorer on the seed article.
#   cli-smoke-test.sh UNPACKED_PRODUCT_DIR SAMPLES_DIR WORKDIR
set -euo pipefail
install=$1
samples=$2
work=$3
sb="$install/sourcebench"
rm -rf "$work"; mkdir -p "$work"
fail() { echo "cli-smoke: $*" >&2; exit 1; }

version=$("$sb" --version) || fail "--version failed"
[[ "${version,,}" == sourcebench* ]] || fail "--version printed '$version'"

# 1. All samples: every format imports, the exit code is 0, the JSON has one source per article.
set +e
"$sb" analyze --dossier "$work/samples.sbx" --json "$work/samples.json" --xlsx "$work/samples.xlsx" "$samples" 2>"$work/analyze.err"
rc=$?
set -e
[ $rc -eq 0 ] || { cat "$work/analyze.err" >&2; fail "analyze samples exited $rc"; }
[ -s "$work/samples.sbx" ] || fail "no dossier written"
python3 - "$work/samples.xlsx" <<'PY' || fail "the Excel report is not a workbook with the expected sheets"
import sys, zipfile, re
with zipfile.ZipFile(sys.argv[1]) as z:
    names = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode("utf-8"))
for want in ("Summary", "Sources", "Actors", "Claims", "Relationships"):
    if want not in names:
        sys.exit("missing sheet %s in %s" % (want, names))
print("cli-smoke: Excel report sheets: " + ", ".join(names))
PY
expected=$(find -L "$samples" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.pdf' -o -name '*.docx' \) | wc -l)
python3 - "$work/samples.json" "$expected" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
sources = data["sources"]
want = int(sys.argv[2])
if len(sources) != want:
    sys.exit("cli-smoke: %d sources in the JSON, expected %d" % (len(sources), want))
seed = [s for s in sources if s["file"].endswith("000_e2a23cc3f04865a0.txt")]
body = seed[0]["body"] if seed else ""
if not body.startswith("In an interview with the US filmmaker Oliver Stone") or "Story Code" in body \
        or body.rstrip().endswith("Comment"):
    sys.exit("cli-smoke: the seed article's body is wrong (header or trailing Comment kept?)")
if not seed[0]["actors"] or not seed[0]["claims"]:
    sys.exit("cli-smoke: nothing was extracted from the seed article")
for s in sources:
    for a in s["actors"]:
        for m in a["mentions"]:
            if s["body"][m["start"]:m["end"]] != m["text"]:
                sys.exit("cli-smoke: mention offsets do not point at their text in " + s["file"])
print("cli-smoke: %d sources, seed: %d actors, %d locations, %d claims, %d relationships" % (
    len(sources), len(seed[0]["actors"]), len(seed[0]["locations"]), len(seed[0]["claims"]),
    len(seed[0]["relationships"])))
PY

# 2. A bad file among good ones: named in the message, the others imported, exit code 1,
#    and the existing dossier is still a loadable file.
mkdir -p "$work/mixed"
cat > "$work/mixed/new-article.txt" <<'TXT'
Turkey and Iran agree on observation posts in Idlib

Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Ankara and Tehran had agreed on the
location of new observation posts in Idlib province. "We will keep the ceasefire," he told reporters.
TXT
head -c 4096 /dev/urandom > "$work/mixed/garbage.txt"
printf '\0\0\0binary' >> "$work/mixed/garbage.txt"
set +e
"$sb" analyze --dossier "$work/samples.sbx" "$work/mixed" 2>"$work/mixed.err"
rc=$?
set -e
[ $rc -eq 1 ] || { cat "$work/mixed.err" >&2; fail "a bad file should give exit code 1, got $rc"; }
grep -q "garbage.txt" "$work/mixed.err" || fail "the message does not name the bad file"

# 3. export reads the dossier back.
"$sb" export --json "$work/export.json" "$work/samples.sbx" 2>"$work/export.err" \
    || { cat "$work/export.err" >&2; fail "export failed"; }
python3 -c "import json,sys; n=len(json.load(open(sys.argv[1]))['sources']); sys.exit(0 if n>=1 else 1)" "$work/export.json" \
    || fail "export wrote no sources"

# 3b. A dossier holding a diagram (the notation model of the diagram bundle) loads headless too.
python3 - "$work/samples.sbx" "$work/with-diagram.sbx" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
extra = ' xmlns:sbd="http://www.sourcebench.org/diagram/1.0"'
if "xmlns:xsi=" not in s:
    extra += ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
s = s.replace('xmlns:sb="http://www.sourcebench.org/model/1.0"', 'xmlns:sb="http://www.sourcebench.org/model/1.0"' + extra, 1)
end = s.rindex("</sb:Dossier>")
s = s[:end] + '  <diagrams xsi:type="sbd:Diagram" id="smoke-diagram" name="Smoke diagram"/>\n' + s[end:]
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
"$sb" export --json "$work/with-diagram.json" "$work/with-diagram.sbx" 2>"$work/with-diagram.err" \
    || { cat "$work/with-diagram.err" >&2; fail "a dossier with a diagram does not load headless"; }

# 4. Wrong command line: exit code 2.
set +e
"$sb" analyze --no-such-option >/dev/null 2>&1
rc=$?
set -e
[ $rc -eq 2 ] || fail "a wrong option should give exit code 2, got $rc"

# 5. The official scorer, when the evaluation kit is next to the repository.
eval_dir="$(cd "$samples/.." && pwd)/../shared/eval"
if [ -f "$eval_dir/score.py" ]; then
    python3 "$eval_dir/score.py" --gold "$eval_dir/gold" --pred "$work/samples.json" \
        --json "$work/scores.json" | tee "$work/scores.txt"
fi
echo "cli-smoke: headless analysis through the start script works (outputs in $work)"
