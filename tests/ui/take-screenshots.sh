#!/usr/bin/env bash
# Regenerates docs/screenshots/{dataset,configure,train}.png: starts `litetune --demo` under
# Xvfb on each place (the train place with a demo run going), waits, and grabs the screen,
# which is exactly the window's size (no window manager, so no decorations).
# Usage: tests/ui/take-screenshots.sh [path/to/litetune]   (default build/ui/app/litetune)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-build/ui/app/litetune}
out=docs/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" LITETUNE_RUNS=${LITETUNE_RUNS:-$scratch/runs}

shoot() { # place seconds extra-arguments...
    local place=$1 wait=$2
    shift 2
    xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
        "$0" --demo --place "$1" "${@:4}" & pid=$!
        sleep "$2"
        import -window root "$3"
        kill $pid; wait $pid 2>/dev/null || true' "$app" "$place" "$wait" "$out/$place.png" "$@"
    echo "$out/$place.png"
}

shoot dataset 12
shoot configure 8
shoot train 40 --train
