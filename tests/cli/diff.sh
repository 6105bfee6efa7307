#!/usr/bin/env bash
# litetune-cli diff: two runs of one comparison on the demo data (base evaluation and full
# fine-tune) — the fixed and broken lists of --json agree with both runs' predictions.csv read
# here, the samples carry their texts, the text form prints both runs' scores and the counts, and
# the report bundle of `report --runs` holds "What changed between runs" in report.html and
# report.md; runs on other data, a folder that is no run and a wrong argument count exit 2.
source "$(dirname "$0")/common.sh"
"$cli" compare --model demo --data demo --max-steps 4 --limit-eval 60 --lr 1e-3 --threads 1 \
    --out "$tmp/cmp" >/dev/null 2>&1
"$cli" diff "$tmp/cmp/base" "$tmp/cmp/full" --json >"$tmp/diff.json"
"$py" - "$tmp/cmp" "$tmp/diff.json" <<'PY'
import csv, json, sys
root, diff = sys.argv[1], json.load(open(sys.argv[2]))
def rows(name):
    with open(f"{root}/{name}/predictions.csv") as f:
        return list(csv.DictReader(f))
a, b = rows("base"), rows("full")
assert len(a) == len(b) == 60 == diff["samples"], (len(a), len(b), diff["samples"])
fixed = [int(x["index"]) for x, y in zip(a, b) if x["predicted"] != x["label"] and y["predicted"] == y["label"]]
broken = [int(x["index"]) for x, y in zip(a, b) if x["predicted"] == x["label"] and y["predicted"] != y["label"]]
assert [s["index"] for s in diff["fixed"]] == fixed, (diff["fixed"], fixed)
assert [s["index"] for s in diff["broken"]] == broken, (diff["broken"], broken)
assert fixed or broken, "the base head and the fine-tuned one should disagree somewhere"
by_index = {int(x["index"]): (x, y) for x, y in zip(a, b)}
for s in diff["fixed"] + diff["broken"]:
    x, y = by_index[s["index"]]
    assert (s["label"], s["predicted_a"], s["predicted_b"]) == (int(x["label"]), int(x["predicted"]), int(y["predicted"])), s
    assert abs(s["probability_a"] - float(x["probability"])) < 1e-5 and abs(s["probability_b"] - float(y["probability"])) < 1e-5, s
    assert s.get("text"), f"no text for sample {s['index']}: the demo data is readable"
n = len(diff["labels"])
delta = [0] * (n * n)
for x, y in zip(a, b):
    delta[int(x["label"]) * n + int(x["predicted"])] -= 1
    delta[int(y["label"]) * n + int(y["predicted"])] += 1
assert diff["confusion_delta"] == delta
PY
"$cli" diff "$tmp/cmp/base" "$tmp/cmp/full" --limit 3 >"$tmp/diff.txt"
for words in "accuracy" "macro F1" "F1 per class:" "fixed by B (A wrong, B right):" "broken by B (A right, B wrong):"; do
    grep -qF -- "$words" "$tmp/diff.txt" || { echo "FAIL: '$words' missing: $(cat "$tmp/diff.txt")"; exit 1; }
done
[ "$(grep -c '^  #' "$tmp/diff.txt")" -le 6 ] || { echo "FAIL: --limit 3 listed more: $(cat "$tmp/diff.txt")"; exit 1; }

"$cli" report --runs "$tmp/cmp/base" "$tmp/cmp/full" "$tmp/cmp/lora" --out "$tmp/report.zip" >/dev/null
"$py" - "$tmp/report.zip" <<'PY'
import sys, zipfile
bundle = zipfile.ZipFile(sys.argv[1])
read = lambda part: bundle.read(next(n for n in bundle.namelist() if n.endswith("/" + part))).decode()
html, markdown = read("report.html"), read("report.md")
assert '<section id="run-diff">' in html and "<h3>Full fine-tune vs Base</h3>" in html and "<h3>LoRA vs Full fine-tune</h3>" in html
assert "## What changed between runs" in markdown and "### LoRA vs Full fine-tune" in markdown, markdown
assert any(n.endswith("/plots/diff-2-1.svg") for n in bundle.namelist()), bundle.namelist()
PY

{ echo text,label; for i in $(seq 1 40); do echo "the fox $i,a"; echo "the dog $i,b"; done; } >"$tmp/other.csv"
"$cli" train --model demo --data "$tmp/other.csv" --method full --max-steps 1 --threads 1 --out "$tmp/other" >/dev/null 2>&1
expect_refusal "different" "$cli" diff "$tmp/cmp/full" "$tmp/other"
mkdir "$tmp/empty"
expect_refusal "$tmp/empty" "$cli" diff "$tmp/cmp/full" "$tmp/empty"
expect_refusal "two run folders" "$cli" diff "$tmp/cmp/full"
expect_refusal "--limit" "$cli" diff "$tmp/cmp/base" "$tmp/cmp/full" --limit -1
echo "diff: OK"
