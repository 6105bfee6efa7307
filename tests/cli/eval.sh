#!/usr/bin/env bash
# litetune-cli eval: a trained run's model/ folder evaluates another CSV with the same label names
# (prints the metrics table, --out writes metrics.json and predictions.csv); a file with a label
# the model was not trained for is refused (exit 2) naming that label; --split picks a split.
set -euo pipefail
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LITETUNE_CACHE="$tmp/cache" LITETUNE_RUNS="$tmp/runs"

"$py" - "$tmp" <<'PY'
import sys, os
words = [["apple", "pear", "plum", "fig"], ["hammer", "saw", "drill", "wrench"], ["otter", "lynx", "heron", "mole"]]
labels = ["fruit", "tool", "animal"]
def write(name, rows, start, extra=""):
    with open(os.path.join(sys.argv[1], name), "w") as f:
        f.write("text,label\n")
        for i in range(start, start + rows):
            f.write(f"{words[i % 3][i % 4]} number {i},{labels[i % 3]}\n")
        f.write(extra)
write("train.csv", 90, 0)
write("other.csv", 31, 500)
write("unknown.csv", 10, 500, "a bicycle bell,vehicle\n")
os.makedirs(os.path.join(sys.argv[1], "folder"))
write("folder/train.csv", 30, 0)
write("folder/validation.csv", 12, 100)
write("folder/test.csv", 9, 200)
PY

"$LITETUNE_CLI" train --model demo --data "$tmp/train.csv" --method head --max-steps 3 --threads 1 --out "$tmp/run" \
    >/dev/null 2>&1
"$LITETUNE_CLI" eval --model "$tmp/run/model" --data "$tmp/other.csv" --out "$tmp/eval" --threads 1 >"$tmp/out.txt"
cat "$tmp/out.txt"
grep -q '^split: test (31 examples)' "$tmp/out.txt" || { echo "FAIL: a single file is evaluated whole"; exit 1; }
grep -q '^Accuracy  *[0-9.]*%' "$tmp/out.txt" || { echo "FAIL: no accuracy row"; exit 1; }
"$py" - "$tmp/eval" <<'PY'
import json, sys, csv
m = json.load(open(f"{sys.argv[1]}/metrics.json"))
assert m["eval_samples"] == 31 and 0 <= m["eval_accuracy"] <= 1, m
assert sorted(m["labels"]) == ["animal", "fruit", "tool"], m
assert sum(map(sum, m["confusion_matrix"])) == 31, m
rows = list(csv.DictReader(open(f"{sys.argv[1]}/predictions.csv")))
assert [int(r["index"]) for r in rows] == list(range(31)), rows
PY

status=0
"$LITETUNE_CLI" eval --model "$tmp/run/model" --data "$tmp/unknown.csv" --threads 1 >/dev/null 2>"$tmp/err.txt" || status=$?
[ "$status" -eq 2 ] || { echo "FAIL: unknown label exited $status, expected 2"; cat "$tmp/err.txt"; exit 1; }
grep -q '"vehicle"' "$tmp/err.txt" || { echo "FAIL: the message does not name the label"; cat "$tmp/err.txt"; exit 1; }

"$LITETUNE_CLI" eval --model "$tmp/run/model" --data "$tmp/folder" --threads 1 | grep -q '^split: test (9 examples)' ||
    { echo "FAIL: a folder's test split is the default"; exit 1; }
"$LITETUNE_CLI" eval --model "$tmp/run/model" --data "$tmp/folder" --split validation --threads 1 |
    grep -q '^split: validation (12 examples)' || { echo "FAIL: --split validation"; exit 1; }
status=0
"$LITETUNE_CLI" eval --model "$tmp/run/model" --data "$tmp/folder" --split dev2 >/dev/null 2>"$tmp/err.txt" || status=$?
[ "$status" -eq 2 ] && grep -q 'dev2' "$tmp/err.txt" || { echo "FAIL: an absent split"; cat "$tmp/err.txt"; exit 1; }
echo "ok"
