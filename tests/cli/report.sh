#!/usr/bin/env bash
# litetune-cli report: the report bundle of runs trained one by one (a full fine-tune and a LoRA
# run on the demo data) holds both runs, in the order given, and report.pdf (rendered with no
# display, and silently); runs on other data, a causal-LM run, a folder that is no run and an
# existing output are refused with exit 2 naming the problem.
source "$(dirname "$0")/common.sh"
knobs=(--model demo --data demo --max-steps 3 --limit-eval 40 --threads 1)
"$cli" train "${knobs[@]}" --method full --out "$tmp/full" >/dev/null 2>&1
"$cli" train "${knobs[@]}" --method lora --out "$tmp/lora" >/dev/null 2>&1
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$cli" report --runs "$tmp/lora" "$tmp/full" --out "$tmp/report.zip" >"$tmp/out.txt" 2>"$tmp/err.txt"
if [ "${LITETUNE_CLI_PDF:?set by tests/cli/CMakeLists.txt: 1 when the GUI is built}" = 1 ]; then
    [ ! -s "$tmp/err.txt" ] || { echo "FAIL: report wrote to stderr: $(cat "$tmp/err.txt")"; exit 1; }
else # a CLI built without the GUI: no PDF, and it says why
    grep -q "holds no report.pdf: this litetune-cli was built without the GUI" "$tmp/err.txt" ||
        { echo "FAIL: no note that the PDF needs the GUI build: $(cat "$tmp/err.txt")"; exit 1; }
fi
grep -q "report: $tmp/report.zip (2 runs)" "$tmp/out.txt" || { echo "FAIL: $(cat "$tmp/out.txt")"; exit 1; }
"$py" - "$tmp/report.zip" "$LITETUNE_CLI_PDF" <<'PY'
import sys, zipfile
bundle = zipfile.ZipFile(sys.argv[1])
names = bundle.namelist()
for part in ("report.html", "report.md", "metrics.json"):
    assert any(n.endswith("/" + part) for n in names), (part, names)
# report.pdf exactly when the GUI is built (ui/report/ReportBundleWriter.h renders it).
assert any(n.endswith("/report.pdf") for n in names) == (sys.argv[2] == "1"), names
markdown = bundle.read(next(n for n in names if n.endswith("/report.md"))).decode()
header = next(line for line in markdown.splitlines() if line.startswith("| Metric"))
assert header.index("LoRA") < header.index("Full fine-tune"), header  # the order given
PY

expect_refusal "already exists" "$cli" report --runs "$tmp/full" --out "$tmp/report.zip"
printf 'text,label\nthe fox,a\nthe dog,b\na fox,a\na dog,b\nfox,a\ndog,b\n' >"$tmp/other.csv"
"$cli" train --model demo --data "$tmp/other.csv" --method full --max-steps 1 --threads 1 --out "$tmp/other" >/dev/null 2>&1
expect_refusal "a report compares runs on the same data" "$cli" report --runs "$tmp/full" "$tmp/other" --out "$tmp/r2.zip"
printf 'some text\nmore text here\nand more\n' >"$tmp/corpus.txt"
"$cli" train --task causal-lm --model demo --data "$tmp/corpus.txt" --method full --max-steps 1 --max-length 8 \
    --threads 1 --out "$tmp/lm" >/dev/null 2>&1
expect_refusal "is a causal-LM run" "$cli" report --runs "$tmp/lm" --out "$tmp/r3.zip"
mkdir "$tmp/empty"
expect_refusal "$tmp/empty" "$cli" report --runs "$tmp/empty" --out "$tmp/r4.zip"
[ ! -e "$tmp/r2.zip" ] && [ ! -e "$tmp/r3.zip" ] && [ ! -e "$tmp/r4.zip" ] || { echo "FAIL: a refused report left a file"; exit 1; }
echo "report: OK"
