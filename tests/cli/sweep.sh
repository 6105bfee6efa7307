#!/bin/bash
# litetune-cli sweep (docs/cli.md "sweep"): a 2 x 2 grid on the demo finishes with four run folders,
# sweep.csv ranks them by the metric (best first) and agrees with each run's metrics.json; bad axes
# are refused before any run, naming the option; --random draws distinct points.
source "$(dirname "$0")/common.sh"

tiny=(--model demo --data demo --max-steps 3 --limit-train 48 --limit-eval 48 --method lora)
"$cli" sweep "${tiny[@]}" --grid lr=1e-4,5e-3 --grid lora.r=2,4 --metric eval_loss --out "$tmp/sweep" \
    >"$tmp/out.txt" 2>"$tmp/err.txt"
grep -q '^\[sweep 4/4\] done' "$tmp/err.txt" || { echo "FAIL: no fourth point finished"; cat "$tmp/err.txt"; exit 1; }
[ "$(find "$tmp/sweep" -mindepth 2 -maxdepth 2 -name run.json | wc -l)" = 4 ] ||
    { echo "FAIL: expected 4 run folders"; ls -la "$tmp/sweep"; exit 1; }
for folder in 01-lr=0.0001_lora-r=2 02-lr=0.0001_lora-r=4 03-lr=0.005_lora-r=2 04-lr=0.005_lora-r=4; do
    [ -f "$tmp/sweep/$folder/metrics.json" ] || { echo "FAIL: $folder has no metrics.json"; exit 1; }
done
grep -q "sweep folder: $tmp/sweep" "$tmp/out.txt" || { echo "FAIL: no sweep folder line"; cat "$tmp/out.txt"; exit 1; }

"$py" - "$tmp/sweep" <<'PY'
import csv, json, os, sys
root = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(root, "sweep.csv"))))
assert len(rows) == 4, rows
assert [r["rank"] for r in rows] == ["1", "2", "3", "4"], rows
assert all(r["state"] == "done" for r in rows), rows
losses = [float(r["eval_loss"]) for r in rows]
assert losses == sorted(losses), ("eval_loss not ascending", losses)
for r in rows:
    metrics = json.load(open(os.path.join(root, r["folder"], "metrics.json")))
    assert abs(metrics["eval_loss"] - float(r["eval_loss"])) < 1e-4 * max(1, abs(metrics["eval_loss"])), r
    run = json.load(open(os.path.join(root, r["folder"], "run.json")))
    assert float(run["config"]["lr"]) == float(r["lr"]) and int(run["config"]["lora_r"]) == int(r["lora-r"]), r
index = json.load(open(os.path.join(root, "sweep.json")))
assert index["format"] == "litetune-sweep" and index["state"] == "done", index["state"]
assert index["metric"] == "eval_loss" and index["lower_is_better"] is True
assert [a["option"] for a in index["axes"]] == ["lr", "lora-r"], index["axes"]
assert [p["state"] for p in index["points"]] == ["done"] * 4
PY

# The printed table is best first too: its rank column counts up with the metric.
awk 'NR > 1 && NF >= 5 && $1 ~ /^[0-9]+$/ { if ($4 + 0 < last) { print "FAIL: table not sorted"; exit 1 } last = $4 + 0 }' \
    last=-1 "$tmp/out.txt"

# Higher is better for scores: the default metric's column descends.
"$cli" sweep "${tiny[@]}" --grid lr=1e-4,5e-3 --out "$tmp/f1" >/dev/null 2>&1
"$py" - "$tmp/f1/sweep.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
scores = [float(r["eval_f1_macro"]) for r in rows]
assert len(rows) == 2 and scores == sorted(scores, reverse=True), scores
PY

# Refusals name the option and the value, and come before any folder is made.
expect_refusal "sweep option lr expects" "$cli" sweep "${tiny[@]}" --grid lr=fast --out "$tmp/bad1"
expect_refusal "sweep option lora-r expects a value in" "$cli" sweep "${tiny[@]}" --grid lora-r=0,4 --out "$tmp/bad2"
expect_refusal "unknown sweep option 'colour'" "$cli" sweep "${tiny[@]}" --grid colour=1,2 --out "$tmp/bad3"
expect_refusal "sweep option method" "$cli" sweep "${tiny[@]}" --grid method=full,sideways --out "$tmp/bad4"
expect_refusal "option --metric expects one of" "$cli" sweep "${tiny[@]}" --grid lr=1e-4 --metric speed --out "$tmp/bad5"
expect_refusal "a sweep needs at least one --grid" "$cli" sweep "${tiny[@]}" --out "$tmp/bad6"
expect_refusal "give --random N" "$cli" sweep "${tiny[@]}" --grid lr=1e-5:1e-3 --out "$tmp/bad7"
expect_refusal "option --random asks 5 distinct points of a grid of 2" \
    "$cli" sweep "${tiny[@]}" --grid lr=1e-4,1e-3 --random 5 --out "$tmp/bad8"
for n in 1 2 3 4 5 6 7 8; do
    [ ! -e "$tmp/bad$n" ] || { echo "FAIL: a refused sweep made $tmp/bad$n"; exit 1; }
done

# --random over a range: N distinct log-uniform points inside it, seeded (the same twice).
"$cli" sweep "${tiny[@]}" --grid lr=1e-5:1e-2 --random 2 --seed 7 --out "$tmp/r1" >/dev/null 2>&1
"$py" - "$tmp/r1/sweep.json" <<'PY'
import json, sys
points = json.load(open(sys.argv[1]))["points"]
lrs = [float(p["settings"]["lr"]) for p in points]
assert len(lrs) == 2 and len(set(lrs)) == 2 and all(1e-5 <= v <= 1e-2 for v in lrs), lrs
PY
# A point that fails is recorded with its reason and the queue goes on (exit 0).
"$cli" sweep "${tiny[@]}" --grid max-length=5000,16 --out "$tmp/fail" >"$tmp/fail.txt" 2>"$tmp/fail.err"
grep -q 'failed: .*max-length 5000.*(the sweep goes on)' "$tmp/fail.err" || { echo "FAIL: no failure line"; exit 1; }
"$py" - "$tmp/fail" <<'PY'
import csv, json, os, sys
rows = list(csv.DictReader(open(os.path.join(sys.argv[1], "sweep.csv"))))
assert [(r["rank"], r["max-length"], r["state"]) for r in rows] == [("1", "16", "done"), ("", "5000", "failed")], rows
points = json.load(open(os.path.join(sys.argv[1], "sweep.json")))["points"]
assert points[0]["state"] == "failed" and "max-length" in points[0]["error"], points[0]
PY
echo "ok"
