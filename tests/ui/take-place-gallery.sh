#!/usr/bin/env bash
# Regenerates docs/screenshots/places/: every place (dataset, configure, train, results, playground)
# at 1× and 2× scale (QT_SCALE_FACTOR), in the light and the dark colour scheme, so icons, plots and
# text can be checked in each. Starts `litetune --demo` under Xvfb on each place (the train place
# with a Quick demo run going; results and playground over the demo comparison that
# `compare --model demo --data demo` makes), grabs the screen and trims it to the window (no window
# manager, so no decorations; a first start sizes the window to 95% of the screen).
# Usage: tests/ui/take-place-gallery.sh [path/to/litetune]   (default build/release/app/litetune;
# the litetune-cli beside it makes the comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-build/release/app/litetune}
out=docs/screenshots/places
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config"
width=1200 height=780 # logical pixels; the screen is scaled with the window

shoot() { # file scale place seconds extra-arguments...
    local file=$1 scale=$2 place=$3 wait=$4
    shift 4
    QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 $((width * scale))x$((height * scale))x24" bash -c '
        "$0" --demo --place "$1" "${@:4}" & pid=$!
        sleep "$2"
        import -window root "$3"
        convert "$3" -bordercolor black -border 1 -trim +repage "$3"
        kill $pid; wait $pid 2>/dev/null || true' "$app" "$place" "$wait" "$out/$file" "$@"
    echo "$out/$file"
}

export LITETUNE_RUNS="$scratch/train-runs" # the quick demo runs stay out of the results shots
for scale in 1 2; do
    for scheme in light dark; do
        shoot "train-$scheme@${scale}x.png" "$scale" train 45 --train --color-scheme "$scheme"
    done
done
export LITETUNE_RUNS="$scratch/runs"
"$(dirname "$app")/litetune-cli" compare --model demo --data demo >/dev/null 2>&1
for scale in 1 2; do
    for scheme in light dark; do
        for place in dataset configure results playground; do
            shoot "$place-$scheme@${scale}x.png" "$scale" "$place" 12 --color-scheme "$scheme"
        done
    done
done
