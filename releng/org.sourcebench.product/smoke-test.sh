#!/bin/bash
# Smoke test of the built product: unpack the archive, start the workstation under X (Xvfb when no
# display is set), wait for the workbench window, require a clean workspace log, then stop it.
#   smoke-test.sh ARCHIVE WORKDIR
set -euo pipefail
archive=$1
work=$2
timeout_s=${SOURCEBENCH_SMOKE_TIMEOUT:-120}

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" "$@"
fi

rm -rf "$work"
mkdir -p "$work"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$work"
install="$work/sourcebench"
ws="$work/workspace"
[ -x "$install/sourcebench" ] || { echo "smoke: $install/sourcebench missing or not executable" >&2; exit 1; }

"$install/sourcebench" -data "$ws" -vmargs -Dsourcebench.smoke=true >"$work/stdout.txt" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; sleep 1; kill -9 "$pid" 2>/dev/null || true; }
trap cleanup EXIT

# The workbench window: a mapped window titled Sourcebench, larger than the splash screen. Matching the title
# alone is not enough: SWT creates hidden, unmapped 200x200 shells named after the product seconds before the
# workbench window opens, while the splash is still showing (the screenshot then showed only the splash).
workbench_window_up() {
    local id info width
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/"Sourcebench/ { print $1 }'); do
        info=$(xwininfo -id "$id" 2>/dev/null) || continue
        width=$(awk '/^ *Width:/ { print $2 }' <<<"$info")
        if grep -q 'Map State: IsViewable' <<<"$info" && [ "${width:-0}" -ge 640 ]; then
            return 0
        fi
    done
    return 1
}

found=false
for _ in $(seq 1 "$timeout_s"); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "smoke: the product exited early; its output:" >&2
        cat "$work/stdout.txt" >&2
        exit 1
    fi
    if workbench_window_up; then
        found=true
        break
    fi
    sleep 1
done
if [ "$found" != true ]; then
    echo "smoke: no Sourcebench workbench window after ${timeout_s}s; output:" >&2
    cat "$work/stdout.txt" >&2
    exit 1
fi
sleep 3 # let the workbench finish its startup jobs, which is when late errors are logged
if command -v import >/dev/null; then
    import -window root "$work/workbench.png" 2>/dev/null || true
fi

log="$ws/.metadata/.log"
# An Eclipse log entry is "!ENTRY <bundle> <severity> ..."; severity 4 is ERROR.
if [ -f "$log" ] && grep -Eq '^!ENTRY [^ ]+ 4 ' "$log"; then
    echo "smoke: errors in $log:" >&2
    cat "$log" >&2
    exit 1
fi
echo "smoke: Sourcebench window up, workspace log clean (screenshot: $work/workbench.png)"
