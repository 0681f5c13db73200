#!/bin/bash
# Re-indents Java sources with tabs, the one indentation style of the code base (Eclipse's and EMF's generated
# code use tabs): every leading run of four spaces becomes a tab; alignment after the tabs (" * " of Javadoc,
# continuation spaces) is kept. Whitespace only; run it on files or folders, then review `git diff -w` (empty).
#   releng/scripts/indent-with-tabs.sh FILE_OR_DIR...
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: indent-with-tabs.sh FILE_OR_DIR..." >&2; exit 2; }
find "$@" -name '*.java' -not -path '*/target/*' -print0 | xargs -0 -r python3 -c '
import re, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    fixed = re.sub(r"(?m)^((?:    |\t)+)", lambda m: m.group(1).replace("    ", "\t"), text)
    if fixed != text:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fixed)
        print(path)
'
