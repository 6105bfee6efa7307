#!/usr/bin/env bash
# Every CLI writer pointed at a folder holding a user's file leaves that file untouched and either
# refuses (exit 2, one line naming the folder and the file) or writes beside it (--overwrite on a
# folder LiteTune wrote). Covers init, train/compare --out, eval --out and export.
set -euo pipefail
cli=${LITETUNE_CLI:?}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
tiny=(--layers 1 --heads 2 --embd 16 --positions 128 --labels 3)
knobs=(--data demo --max-steps 3 --batch-size 4 --limit-train 24 --limit-eval 16 --threads 1 --seed 3)

# A "home folder": a user's file and a subfolder that must survive every writer.
home_like() {
    rm -rf "$1"
    mkdir -p "$1/chapters"
    echo keep >"$1/thesis.tex"
    echo one >"$1/chapters/1.tex"
}
intact() {
    [ "$(cat "$1/thesis.tex")" = keep ] || fail "$2: thesis.tex changed"
    [ "$(cat "$1/chapters/1.tex")" = one ] || fail "$2: chapters/1.tex changed"
}
refused() { # refused NAME COMMAND...: exit 2, one line naming thesis.tex
    local name=$1 status=0
    shift
    "$@" >"$work/out" 2>"$work/err" || status=$?
    [ "$status" -eq 2 ] || { cat "$work/err"; fail "$name: exit $status, expected 2"; }
    [ "$(wc -l <"$work/err")" -eq 1 ] || { cat "$work/err"; fail "$name: not one line"; }
    grep -q 'thesis.tex' "$work/err" || { cat "$work/err"; fail "$name: message does not say what is there"; }
}
no_debris() {
    if find "$1" -name '.*staging-*' -o -name '.*.tmp-*' -o -name '.*replaced-*' | grep -q .; then
        find "$1"; fail "$2: temporary files left behind"
    fi
}

# init: the reported defect (it deleted the folder's contents).
home_like "$work/home"
refused "init" "$cli" init --out "$work/home" "${tiny[@]}"
refused "init --overwrite" "$cli" init --out "$work/home" "${tiny[@]}" --overwrite
intact "$work/home" init
no_debris "$work" init

# init into its own folder: refused without --overwrite, with it only LiteTune's files change.
"$cli" init --out "$work/m" "${tiny[@]}" >/dev/null
status=0
"$cli" init --out "$work/m" "${tiny[@]}" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q -- '--overwrite' "$work/err" || fail "init over its own folder: exit $status"
echo mine >"$work/m/notes.txt"
"$cli" init --out "$work/m" "${tiny[@]}" --seed 9 --overwrite >/dev/null
[ "$(cat "$work/m/notes.txt")" = mine ] || fail "init --overwrite touched notes.txt"
[ -s "$work/m/model.safetensors" ] || fail "init --overwrite wrote no weights"
echo x >"$work/plainfile"
status=0
"$cli" init --out "$work/plainfile" "${tiny[@]}" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q 'not a folder' "$work/err" || fail "init onto a file: exit $status"
[ "$(cat "$work/plainfile")" = x ] || fail "init changed a plain file"

# train and compare: a folder with files is never a run folder.
home_like "$work/home"
refused "train --out" "$cli" train --model "$work/m" --method full "${knobs[@]}" --out "$work/home"
refused "compare --out" "$cli" compare --model "$work/m" "${knobs[@]}" --out "$work/home"
intact "$work/home" "train/compare"
status=0
"$cli" train --model "$work/m" --method full "${knobs[@]}" --out "$work/plainfile" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q 'not a folder' "$work/err" || { cat "$work/err"; fail "train --out FILE: exit $status"; }

# Runs to export and evaluate: a base evaluation, a full fine-tune and LoRA.
"$cli" compare --model "$work/m" "${knobs[@]}" --lora-lr 1e-2 --out "$work/cmp" >/dev/null 2>&1
mv "$work/cmp/base" "$work/base"
mv "$work/cmp/full" "$work/full"
mv "$work/cmp/lora" "$work/lora"

# eval --out: never into a run folder or a user's folder; an earlier eval only with --overwrite.
refused "eval --out" "$cli" eval --model "$work/full/model" --data demo --limit-eval 8 --threads 1 --out "$work/home"
intact "$work/home" "eval"
cp "$work/full/metrics.json" "$work/full-metrics.json"
status=0
"$cli" eval --model "$work/full/model" --data demo --limit-eval 8 --threads 1 --out "$work/full" >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || { cat "$work/err"; fail "eval --out RUN_DIR: exit $status"; }
cmp -s "$work/full/metrics.json" "$work/full-metrics.json" || fail "eval --out RUN_DIR changed the run's metrics.json"
"$cli" eval --model "$work/full/model" --data demo --limit-eval 8 --threads 1 --out "$work/ev" >/dev/null 2>&1
echo mine >"$work/ev/notes.txt"
status=0
"$cli" eval --model "$work/full/model" --data demo --limit-eval 8 --threads 1 --out "$work/ev" >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "eval over an earlier eval without --overwrite: exit $status"
"$cli" eval --model "$work/full/model" --data demo --limit-eval 8 --threads 1 --out "$work/ev" --overwrite >/dev/null 2>&1
[ "$(cat "$work/ev/notes.txt")" = mine ] && [ -s "$work/ev/metrics.json" ] && [ -s "$work/ev/predictions.csv" ] ||
    fail "eval --overwrite"

# export: refused into a user's folder; full → model folder, LoRA → adapter, --merged → model.
refused "export" "$cli" export --run "$work/full" --out "$work/home"
refused "export --merged --overwrite" "$cli" export --run "$work/lora" --out "$work/home" --merged --overwrite
intact "$work/home" "export"
"$cli" export --run "$work/full" --out "$work/x-full" >/dev/null
"$cli" export --run "$work/lora" --out "$work/x-adapter" >/dev/null
"$cli" export --run "$work/lora" --out "$work/x-merged" --merged >/dev/null
[ -s "$work/x-full/model.safetensors" ] && [ -s "$work/x-full/vocab.json" ] || fail "export of a full run"
[ -s "$work/x-adapter/adapter_model.safetensors" ] && [ -s "$work/x-adapter/adapter_config.json" ] ||
    fail "export of a LoRA run"
[ -s "$work/x-merged/model.safetensors" ] && [ ! -e "$work/x-merged/adapter_config.json" ] || fail "export --merged"
status=0
"$cli" export --run "$work/lora" --out "$work/x-full" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q 'model folder' "$work/err" || { cat "$work/err"; fail "adapter export over a model folder"; }
"$cli" export --run "$work/full" --out "$work/x-full" --overwrite >/dev/null

# The merged model answers as base + adapter does, and as the run's own adapter does.
echo '{"input_ids": [[72, 105, 33, 256], [65, 66, 256, 256]], "attention_mask": [[1, 1, 1, 0], [1, 1, 0, 0]]}' >"$work/in.json"
"$cli" logits --model "$work/m" --adapter "$work/lora/adapter" --input "$work/in.json" >"$work/a.json"
"$cli" logits --model "$work/m" --adapter "$work/x-adapter" --input "$work/in.json" >"$work/b.json"
"$cli" logits --model "$work/x-merged" --input "$work/in.json" >"$work/c.json"
"$py" - "$work/a.json" "$work/b.json" "$work/c.json" <<'PY'
import json, sys
a, b, c = (json.load(open(p))["logits"] for p in sys.argv[1:])
assert a == b, ("exported adapter differs", a, b)
worst = max(abs(x - y) for ra, rc in zip(a, c) for x, y in zip(ra, rc))
assert worst < 1e-4, f"merged logits differ by {worst}"
PY
status=0
"$cli" export --run "$work/base" --out "$work/x-base" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q 'base evaluation' "$work/err" || { cat "$work/err"; fail "export of a base evaluation"; }
[ ! -e "$work/x-base" ] || fail "export of a base evaluation created its --out"
no_debris "$work" "all writers"
echo "writers: all checks passed"
