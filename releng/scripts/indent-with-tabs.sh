#!/bin/bash
# Re-indents Java sources with tabs, the one indentation style of the code base (Eclipse's and EMF's generated
# code use tabs): every leading run of four spaces becomes a tab; alignment after the tabs (" * " of Javadoc,
# continuation spaces) is kept. Whitespace only; run it on files or folders, then review `git diff -w` (empty).
#   releng/scripts/indent-with-tabs.sh FILE_OR_DIR...
#   releng/scripts/indent-with-tabs.sh --check [FILE_OR_DIR...]
# --check changes nothing: it lists the Java files that still have a space-indented line and exits 1 if there
# are any (0 when all are tab-indented), for a build or pre-commit check once the tree is converted. Without
# folders it checks bundles, tests, jobs and releng. Generated code (src-gen/) is left as the generator wrote it
# (its stamps hash it).
set -euo pipefail
check=false
if [ "${1:-}" = "--check" ]; then
    check=true
    shift
    if [ $# -eq 0 ]; then
        cd "$(dirname "$0")/../.."
        set -- bundles tests jobs releng
    fi
fi
[ $# -ge 1 ] || { echo "usage: indent-with-tabs.sh [--check] FILE_OR_DIR..." >&2; exit 2; }
exec python3 - "$check" "$@" <<'PY'
import os, re, sys
check = sys.argv[1] == "true"
paths = []
for arg in sys.argv[2:]:
    if os.path.isdir(arg):
        for root, dirs, files in os.walk(arg):
            dirs[:] = sorted(d for d in dirs if d not in ("target", "src-gen"))  # src-gen: as the generator wrote it
            paths += [os.path.join(root, f) for f in sorted(files) if f.endswith(".java")]
    elif arg.endswith(".java"):
        paths.append(arg)
found = 0
for path in paths:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    fixed = re.sub(r"(?m)^((?:    |\t)+)", lambda m: m.group(1).replace("    ", "\t"), text)
    if fixed != text:
        found += 1
        if check:
            print(path + ": space-indented")
            continue
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(fixed)
        print(path)
if check and found:
    print(f"{found} of {len(paths)} Java files indented with spaces: run releng/scripts/indent-with-tabs.sh on them",
          file=sys.stderr)
    sys.exit(1)
PY
