#!/usr/bin/env bash
# litetune-cli predict: the top K labels with probabilities for each text, from arguments or
# stdin, with a trained run's label names; probabilities descend and lie in [0, 100] %.
set -euo pipefail
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LITETUNE_CACHE="$tmp/cache" LITETUNE_RUNS="$tmp/runs"

"$py" - "$tmp/data.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("text,label\n")
    for i in range(60):
        f.write(f"{['sunny day', 'rainy night', 'snowy peak'][i % 3]} {i},{['sun', 'rain', 'snow'][i % 3]}\n")
PY
"$LITETUNE_CLI" train --model demo --data "$tmp/data.csv" --method full --max-steps 2 --threads 1 --out "$tmp/run" \
    >/dev/null 2>&1
"$LITETUNE_CLI" predict --model "$tmp/run/model" --top 2 --threads 1 "sunny afternoon" "fresh snow" >"$tmp/out.txt"
cat "$tmp/out.txt"
"$py" - "$tmp/out.txt" <<'PY'
import sys, re
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == "sunny afternoon" and lines[3] == "fresh snow", lines
for block in (lines[1:3], lines[4:6]):
    probs = [float(re.match(r"\s*([0-9.]+)%\s+(\S+)", l).group(1)) for l in block]
    names = [re.match(r"\s*[0-9.]+%\s+(\S+)", l).group(1) for l in block]
    assert all(0 <= p <= 100 for p in probs) and probs[0] >= probs[1], block
    assert set(names) <= {"sun", "rain", "snow"}, names
assert len(lines) == 6, lines
PY
printf 'one\ntwo\nthree\n' | "$LITETUNE_CLI" predict --model "$tmp/run/model" --top 1 --threads 1 >"$tmp/stdin.txt"
[ "$(wc -l <"$tmp/stdin.txt")" -eq 6 ] || { echo "FAIL: stdin texts"; cat "$tmp/stdin.txt"; exit 1; }
status=0
"$LITETUNE_CLI" predict --model "$tmp/run/model" --top 0 x >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || { echo "FAIL: --top 0 exited $status"; exit 1; }
echo "ok"
