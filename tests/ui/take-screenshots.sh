#!/usr/bin/env bash
# Regenerates docs/screenshots/{dataset,configure,train,results,results-dark,results-diff,
# results-diff-dark}.png: starts `litetune --demo` under Xvfb on each place (the train place with a
# Quick demo run going; the results place, light and dark, over the demo comparison
# `compare --model demo --data demo` makes with the demo's own settings, and its Difference tab:
# LoRA against full fine-tuning), waits, and grabs the screen, which is exactly the window's size
# (no window manager, so no decorations).
# Usage: tests/ui/take-screenshots.sh [path/to/litetune]   (default build/ui/app/litetune; the
# litetune-cli beside it makes the comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
app=${1:-build/ui/app/litetune}
out=docs/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" LITETUNE_RUNS=${LITETUNE_RUNS:-$scratch/runs}

shoot() { # file place seconds extra-arguments...
    local file=$1 place=$2 wait=$3
    shift 3
    xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
        "$0" --demo --place "$1" "${@:4}" & pid=$!
        sleep "$2"
        import -window root "$3"
        kill $pid; wait $pid 2>/dev/null || true' "$app" "$place" "$wait" "$out/$file" "$@"
    # The window takes 95% of the screen (MainWindow): trim the screen's black margin away.
    convert "$out/$file" -bordercolor black -border 1 -trim +repage "$out/$file"
    echo "$out/$file"
}

shoot dataset.png dataset 12
shoot configure.png configure 8
# The forecast (ui/configure/ForecastPanel.h) once its probe has measured the demo data and timed its steps.
shoot configure-forecast.png configure 14
shoot train.png train 45 --train
"$(dirname "$app")/litetune-cli" compare --model demo --data demo >/dev/null 2>&1
shoot results.png results 12
shoot results-dark.png results 12 --color-scheme dark
shoot results-diff.png results/difference 12
shoot results-diff-dark.png results/difference 12 --color-scheme dark
# The sweep window after a real sweep of the demo (lr x batch-size): its Qt test saves the window.
sweep_test="$(dirname "$app")/../tests/ui/ui_sweep_dialog"
for scheme in light dark; do
    suffix=$([ "$scheme" = dark ] && echo -dark || true)
    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb LITETUNE_SWEEP_SCREENSHOT="$PWD/$out/sweep-results$suffix.png" \
        ${suffix:+LITETUNE_SWEEP_DARK=1} "$sweep_test" resultsAreOrderedByTheMetric >/dev/null
    echo "$out/sweep-results$suffix.png"
done
