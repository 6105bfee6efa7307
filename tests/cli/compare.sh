#!/usr/bin/env bash
# litetune-cli compare on the built-in demo model and demo data: base evaluation, full fine-tune
# and LoRA in a row, three run folders in one comparison folder, the reference table in Markdown
# with the columns Base / Full fine-tune / LoRA, and the --report bundle; a bad bundle name is
# refused before any training.
set -euo pipefail
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LITETUNE_CACHE="$tmp/cache" LITETUNE_RUNS="$tmp/runs"

"$LITETUNE_CLI" compare --model demo --data demo --max-steps 4 --limit-eval 60 --lr 1e-3 --threads 1 \
    --out "$tmp/cmp" --report "$tmp/report.zip" >"$tmp/table.md" 2>"$tmp/err.txt" || { cat "$tmp/err.txt"; exit 1; }
cat "$tmp/table.md"
grep -qx '| Metric | Base | Full fine-tune | LoRA |' "$tmp/table.md" || { echo "FAIL: table header"; exit 1; }
for row in "Training Loss" "Validation Loss" "Accuracy" "F1 Score" "Precision" "Recall" "Training Duration" \
           "Eval Runtime" "Samples per Second" "Steps per Second" "Epoch" "Macro F1" "Trainable Params" \
           "Peak Memory" "Adapter Size"; do
    grep -q "^| $row |" "$tmp/table.md" || { echo "FAIL: row $row missing"; exit 1; }
done
"$py" - "$tmp/cmp" <<'PY'
import json, sys, os
root = sys.argv[1]
index = json.load(open(f"{root}/comparison.json"))
assert [r["folder"] for r in index["runs"]] == ["base", "full", "lora"], index
metrics = {name: json.load(open(f"{root}/{name}/metrics.json")) for name in ("base", "full", "lora")}
assert all(m["eval_samples"] == 60 for m in metrics.values()), metrics
assert "train_loss" not in metrics["base"] and "train_loss" in metrics["full"], metrics
assert metrics["lora"]["trainable_params"] < metrics["full"]["trainable_params"], metrics
assert os.path.isfile(f"{root}/full/model/model.safetensors")
assert os.path.isfile(f"{root}/lora/adapter/adapter_model.safetensors")
for name in ("base", "full", "lora"):
    assert json.load(open(f"{root}/{name}/run.json"))["status"] == "completed", name
PY
"$py" - "$tmp/report.zip" <<'PY'
import json, sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for part in ("report.html", "report.md", "metrics.json", "metrics.csv"):
    assert any(n.endswith("/" + part) or n == part for n in names), (part, names)
assert any("adapter/adapter_model.safetensors" in n for n in names), names
# The demo's languages are no emoji names: their glyphs (flags) must come from the dataset.
html = zipfile.ZipFile(sys.argv[1]).read(next(n for n in names if n.endswith("/report.html"))).decode()
assert '<td class="glyph">\U0001F1EC\U0001F1E7</td>' in html, "the english glyph is missing from the report"
PY
status=0
"$LITETUNE_CLI" compare --model demo --data demo --report "$tmp/r.rar" >/dev/null 2>"$tmp/err.txt" || status=$?
[ "$status" -eq 2 ] && grep -q -- 'rar' "$tmp/err.txt" || { echo "FAIL: bad --report name not refused"; cat "$tmp/err.txt"; exit 1; }
echo "ok"
