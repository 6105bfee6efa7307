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

# No display and no Qt platform named: the bundle's PDF must be rendered headless (over ssh, in CI).
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
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
pdf_expected=${LITETUNE_CLI_PDF:?set by tests/cli/CMakeLists.txt: 1 when the GUI is built}
"$py" - "$tmp/report.zip" "$pdf_expected" <<'PY'
import json, sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for part in ("report.html", "report.md", "metrics.json", "metrics.csv"):
    assert any(n.endswith("/" + part) or n == part for n in names), (part, names)
assert any("adapter/adapter_model.safetensors" in n for n in names), names
# The demo's languages are no emoji names: their glyphs (flags) must come from the dataset.
html = zipfile.ZipFile(sys.argv[1]).read(next(n for n in names if n.endswith("/report.html"))).decode()
assert '<td class="glyph">\U0001F1EC\U0001F1E7</td>' in html, "the english glyph is missing from the report"
# report.pdf beside report.html, as in the GUI's bundle (ui/report/ReportBundleWriter.h); none
# from a CLI built without the GUI.
pdf = [n for n in names if n.endswith("/report.pdf")]
if sys.argv[2] == "1":
    assert len(pdf) == 1 and pdf[0].count("/") == 1, names
    open(sys.argv[1] + ".pdf", "wb").write(zipfile.ZipFile(sys.argv[1]).read(pdf[0]))
else:
    assert not pdf, names
PY
if [ "$pdf_expected" != 1 ]; then
    grep -q "holds no report.pdf: this litetune-cli was built without the GUI" "$tmp/err.txt" ||
        { echo "FAIL: no note that the PDF needs the GUI build: $(cat "$tmp/err.txt")"; exit 1; }
else
    # The PDF holds the report (its title and a metric's name as text) and poppler renders its first page.
    head -c 5 "$tmp/report.zip.pdf" | grep -q '%PDF-' || { echo "FAIL: report.pdf is no PDF"; exit 1; }
    pdftotext "$tmp/report.zip.pdf" "$tmp/report.txt"
    grep -q "LiteTune report" "$tmp/report.txt" && grep -q "Accuracy" "$tmp/report.txt" && grep -q "LoRA" "$tmp/report.txt" ||
        { echo "FAIL: report.pdf lacks the title, Accuracy or LoRA: $(head -c 600 "$tmp/report.txt")"; exit 1; }
    pdftoppm -r 50 -png -f 1 -l 1 "$tmp/report.zip.pdf" "$tmp/page"
    page=$(ls "$tmp"/page*.png)
    "$py" - "$page" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert 300 < width < 600 and 400 < height < 800, (width, height)  # a page at 50 dpi, A4 or Letter
depth, colour = data[24], data[25]
assert depth == 8 and colour in (0, 2), (depth, colour)  # 8-bit grey or RGB, as pdftoppm writes
channels = 1 if colour == 0 else 3
chunks, at = b"", 8
while at < len(data):
    length, kind = struct.unpack(">I4s", data[at:at + 8])
    if kind == b"IDAT":
        chunks += data[at + 8:at + 8 + length]
    at += 12 + length
raw, stride = zlib.decompress(chunks), width * channels
# Undo PNG's row filters (None, Sub, Up, Average, Paeth) to count dark samples: text is dark,
# a blank page has none.
previous, dark, at = bytearray(stride), 0, 0
for _ in range(height):
    kind, row = raw[at], bytearray(raw[at + 1:at + 1 + stride])
    at += 1 + stride
    for i in range(stride):
        a = row[i - channels] if i >= channels else 0
        b, c = previous[i], previous[i - channels] if i >= channels else 0
        if kind == 1:
            row[i] = (row[i] + a) & 255
        elif kind == 2:
            row[i] = (row[i] + b) & 255
        elif kind == 3:
            row[i] = (row[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    dark += sum(1 for v in row if v < 128)
    previous = row
assert dark > 2000, f"page 1 is (nearly) blank: {dark} dark samples"
print(f"page 1: {width}x{height}, {dark} dark samples")
PY
fi
status=0
"$LITETUNE_CLI" compare --model demo --data demo --report "$tmp/r.rar" >/dev/null 2>"$tmp/err.txt" || status=$?
[ "$status" -eq 2 ] && grep -q -- 'rar' "$tmp/err.txt" || { echo "FAIL: bad --report name not refused"; cat "$tmp/err.txt"; exit 1; }
echo "ok"
