#!/usr/bin/env bash
# Run integrity (docs/reliability.md, "Run integrity"): one owner per run, SIGINT/SIGTERM/SIGHUP
# at start-up and mid-run, resume that checks what it resumes (changed data, relative paths from
# another folder, an edited run.json, a damaged newest checkpoint), nan options, JSON without nan,
# and output that cannot be written.
set -euo pipefail
cli=$(realpath "${LITETUNE_CLI:?}") # the test changes folders
py=/usr/bin/python3
work=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
status_of() { "$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$1/run.json"; }
expect() { # expect STATUS NAME COMMAND...: the exit status, and for 2 a closing message
    local want=$1 name=$2 status=0
    shift 2
    "$@" >"$work/out" 2>"$work/err" || status=$?
    [ "$status" -eq "$want" ] || { cat "$work/err"; fail "$name: exit $status, expected $want"; }
    if [ "$want" -eq 2 ]; then # refused: the last line says why (a resume prints its progress before)
        tail -1 "$work/err" | grep -q '^litetune-cli: ' || { cat "$work/err"; fail "$name: no closing message"; }
    fi
}
wait_for() { # wait_for FILE PATTERN: until FILE holds PATTERN (20 s at most)
    for _ in $(seq 200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    cat "$1"; fail "timed out waiting for '$2' in $1"
}

"$cli" init --out "$work/m" --layers 1 --heads 2 --embd 16 --positions 128 --labels 4 --seed 1 >/dev/null
"$py" - "$work/data.csv" <<'PY'
import random, sys
random.seed(3)
words = ["sun", "rain", "cat", "dog", "tea", "code", "ball", "song"]
with open(sys.argv[1], "w") as f:
    f.write("text,label\n")
    for i in range(400):
        label = i % 4
        f.write(" ".join(random.choice(words[2 * label:2 * label + 2]) for _ in range(6)) + f",l{label}\n")
PY
long=(--model "$work/m" --data "$work/data.csv" --max-steps 100000 --checkpoint-every 50 --batch-size 4 --threads 1
      --limit-eval 16) # always stopped by the test

# 1. One owner: a second process on a running run is refused, naming the PID; the first goes on.
"$cli" train "${long[@]}" --method full --out "$work/owned" >/dev/null 2>"$work/owned.err" &
owner=$!
wait_for "$work/owned.err" 'checkpoint written'
expect 2 "resume while running" "$cli" train --resume "$work/owned"
grep -q "in use by another LiteTune process (PID $owner)" "$work/err" || { cat "$work/err"; fail "no PID named"; }
kill -0 "$owner" || fail "the owner died when a second process tried the run"
kill -9 "$owner"; wait "$owner" 2>/dev/null || true
# A killed owner leaves no lock: the kernel released it.
"$cli" train --resume "$work/owned" --threads 1 >/dev/null 2>"$work/resumer.err" &
resumer=$!
wait_for "$work/resumer.err" 'resuming at step'
expect 2 "second resume" "$cli" train --resume "$work/owned"
kill -TERM "$resumer"; wait "$resumer" 2>/dev/null || true

# 2. Signals, mid-run and at start-up: status cancelled, exit 128+N, no temporary files, resumable.
for sig in INT TERM HUP; do
    case $sig in INT) code=130 ;; TERM) code=143 ;; HUP) code=129 ;; esac
    "$cli" train "${long[@]}" --method full --out "$work/sig-$sig" >/dev/null 2>"$work/sig-$sig.err" &
    pid=$!
    wait_for "$work/sig-$sig.err" 'checkpoint written'
    kill -"$sig" "$pid"
    status=0; wait "$pid" || status=$?
    [ "$status" -eq "$code" ] || { cat "$work/sig-$sig.err"; fail "SIG$sig mid-run: exit $status, expected $code"; }
    [ "$(status_of "$work/sig-$sig")" = cancelled ] || fail "SIG$sig mid-run: status $(status_of "$work/sig-$sig")"
    ! find "$work/sig-$sig" -name '.*tmp-*' -o -name '.*staging-*' | grep -q . || fail "SIG$sig left temporaries"

    "$cli" train "${long[@]}" --method full --out "$work/early-$sig" >/dev/null 2>"$work/early-$sig.err" &
    pid=$!
    wait_for "$work/early-$sig.err" 'run folder'   # start-up: before tokenizing and the first step
    kill -"$sig" "$pid"
    status=0; wait "$pid" || status=$?
    [ "$status" -eq "$code" ] || { cat "$work/early-$sig.err"; fail "SIG$sig at start-up: exit $status, expected $code"; }
    [ "$(status_of "$work/early-$sig")" = cancelled ] || fail "SIG$sig at start-up: status $(status_of "$work/early-$sig")"
done
grep -q "continue with: litetune-cli train --resume $work/early-HUP" "$work/early-HUP.err" || { cat "$work/early-HUP.err"; fail "resume hint"; }

# 3. Resume checks. Each run is cancelled after its first checkpoint, then resumed to its end.
short=(--model "$work/m" --max-steps 3000 --checkpoint-every 50 --batch-size 4 --threads 1 --limit-eval 16 --method full)
mkdir -p "$work/a" "$work/b"
cp "$work/data.csv" "$work/a/data.csv"
"$py" -c 'import sys; open(sys.argv[2], "w").write(open(sys.argv[1]).read().replace("sun", "moon"))' \
    "$work/data.csv" "$work/b/data.csv"
run_until_checkpoint() { # run_until_checkpoint OUT DATA: a run cancelled after its first checkpoint
    # Each run logs to its own file: a reused one could still hold the last run's "checkpoint
    # written" when this one starts, since a background job truncates it only once it runs.
    local err
    err="$work/$(basename "$1").err"
    "$cli" train "${short[@]}" --data "$2" --out "$1" >/dev/null 2>"$err" &
    local pid=$!
    wait_for "$err" "checkpoint written"
    kill -INT "$pid"; wait "$pid" 2>/dev/null || true
    [ "$(status_of "$1")" = cancelled ] || fail "$1 was not cancelled"
}
(cd "$work/a" && run_until_checkpoint ../rel data.csv)
"$py" - "$work/rel/run.json" <<'PY'
import json, os, sys
c = json.load(open(sys.argv[1]))["config"]
assert os.path.isabs(c["data"]) and os.path.isabs(c["model"]), c
PY
# From another folder holding another data.csv, the run still reads its own.
(cd "$work/b" && "$cli" train --resume ../rel --threads 1 >/dev/null 2>"$work/rel.err") || { cat "$work/rel.err"; fail "resume from another folder"; }
[ "$(status_of "$work/rel")" = completed ] || fail "resume from another folder did not complete"

# A changed dataset is refused unless asked for.
run_until_checkpoint "$work/changed" "$work/a/data.csv"
echo "extra row,l1" >>"$work/a/data.csv"
expect 2 "changed data" "$cli" train --resume "$work/changed"
grep -q 'changed since' "$work/err" && grep -q -- '--allow-changed-data' "$work/err" || { cat "$work/err"; fail "changed data message"; }
expect 0 "changed data allowed" "$cli" train --resume "$work/changed" --allow-changed-data --threads 1
cp "$work/data.csv" "$work/a/data.csv"

# An edited run.json is refused, naming the field.
run_until_checkpoint "$work/edited" "$work/data.csv"
cp "$work/edited/run.json" "$work/run.json.orig"
edit() { "$py" - "$work/edited/run.json" "$1" <<'PY'
import json, sys
path, change = sys.argv[1], sys.argv[2]
j = json.load(open(path))
exec(change)
open(path, "w").write(json.dumps(j))
PY
}
edit 'j["config"]["lr"] = 99.0'
expect 2 "edited lr" "$cli" train --resume "$work/edited"
grep -q 'config.lr' "$work/err" || { cat "$work/err"; fail "edited lr not named"; }
cp "$work/run.json.orig" "$work/edited/run.json"
edit 'j["config"]["max_steps"] = 1'
expect 2 "max_steps below the checkpoint" "$cli" train --resume "$work/edited"
grep -q 'past the 1 steps' "$work/err" || { cat "$work/err"; fail "max_steps below the step"; }
cp "$work/run.json.orig" "$work/edited/run.json"
edit 'j["format_version"] = 99'
expect 2 "format_version 99" "$cli" train --resume "$work/edited"
grep -q 'format_version' "$work/err" || { cat "$work/err"; fail "format_version not named"; }
cp "$work/run.json.orig" "$work/edited/run.json"

# A damaged newest checkpoint falls back to the older intact one, saying so.
run_until_checkpoint "$work/damaged" "$work/data.csv"
"$cli" train --resume "$work/damaged" --threads 1 >/dev/null 2>"$work/d.err" &
pid=$!
wait_for "$work/d.err" 'checkpoint written'
kill -INT "$pid"; wait "$pid" 2>/dev/null || true
[ "$(ls "$work/damaged/checkpoints" | wc -l)" -ge 2 ] || { ls "$work/damaged/checkpoints"; fail "fewer than two checkpoints"; }
newest=$(ls "$work/damaged/checkpoints" | sort -t- -k2 -n | tail -1)
printf '\xff\xfe not json' >"$work/damaged/checkpoints/$newest/state.json"
"$cli" train --resume "$work/damaged" --threads 1 >/dev/null 2>"$work/err" || { cat "$work/err"; fail "fallback resume"; }
grep -q "skipping a damaged checkpoint: .*$newest/state.json" "$work/err" && grep -q 'older intact checkpoint' "$work/err" ||
    { cat "$work/err"; fail "fallback not reported"; }

# 4. Numbers: nan and inf are refused everywhere, naming the option.
for option in lr weight-decay warmup-ratio max-grad-norm epochs lora-lr lora-alpha lora-dropout validation-fraction; do
    for value in nan inf -inf; do
        expect 2 "--$option $value" "$cli" train --model "$work/m" --data "$work/data.csv" --method lora --out "$work/nan" --"$option" "$value"
        grep -q -- "--$option" "$work/err" || { cat "$work/err"; fail "--$option $value not named"; }
    done
done
[ ! -e "$work/nan" ] || fail "a refused option left a run folder"

# JSON never carries nan: normal output parses strictly, and a model with NaN weights is refused
# with a message instead of printing "nan".
echo '{"input_ids": [[72, 105, 33]], "labels": [1]}' >"$work/in.json"
strict='import json, sys; json.load(open(sys.argv[1]), parse_constant=lambda c: sys.exit("not JSON: " + c))'
"$cli" logits --model "$work/m" --input "$work/in.json" >"$work/logits.json"
"$py" -c "$strict" "$work/logits.json" || fail "logits printed a non-JSON number"
cp -r "$work/m" "$work/nanmodel"
"$py" - "$work/nanmodel/model.safetensors" <<'PY'
import json, struct, sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
n = int.from_bytes(data[:8], "little")
header = json.loads(data[8:8 + n])
begin, end = header["score.weight"]["data_offsets"]
for i in range(8 + n + begin, 8 + n + end, 4):
    data[i:i + 4] = struct.pack("<f", float("nan"))
open(path, "wb").write(data)
PY
status=0
"$cli" logits --model "$work/nanmodel" --input "$work/in.json" >"$work/nan.json" 2>"$work/err" || status=$?
[ "$status" -ne 0 ] && [ ! -s "$work/nan.json" ] && grep -q 'non-finite' "$work/err" || { cat "$work/nan.json" "$work/err"; fail "NaN weights"; }

# An adapter records its base (litetune_base.json, beside PEFT's files) and warns on another one.
"$cli" init --out "$work/m2" --layers 1 --heads 2 --embd 16 --positions 128 --labels 4 --seed 2 >/dev/null
"$cli" train --model "$work/m" --data "$work/data.csv" --method lora --max-steps 3 --threads 1 --limit-eval 8 \
    --out "$work/lora" >/dev/null 2>&1
"$py" - "$work/lora/adapter" "$work/m" <<'PY'
import json, os, sys
base = json.load(open(os.path.join(sys.argv[1], "litetune_base.json")))
assert base["base_model"] == sys.argv[2] and len(base["fingerprint"]) == 32, base
config = json.load(open(os.path.join(sys.argv[1], "adapter_config.json")))
assert config["base_model_name_or_path"] == sys.argv[2], config["base_model_name_or_path"]
assert not any(k.startswith("litetune") for k in config), "PEFT's file holds a LiteTune key"
PY
"$cli" predict --model "$work/m" --adapter "$work/lora/adapter" hello >/dev/null 2>"$work/err"
! grep -q 'warning' "$work/err" || { cat "$work/err"; fail "a warning on the adapter's own base"; }
"$cli" predict --model "$work/m2" --adapter "$work/lora/adapter" hello >/dev/null 2>"$work/err"
grep -q "was trained on $work/m, not on $work/m2" "$work/err" || { cat "$work/err"; fail "no warning on another base"; }
"$cli" eval --model "$work/m2" --adapter "$work/lora/adapter" --data "$work/data.csv" --limit-eval 8 --threads 1 \
    >/dev/null 2>"$work/err"
grep -q "was trained on $work/m" "$work/err" || { cat "$work/err"; fail "eval: no warning on another base"; }

# 5. Smaller items.
printf 'text,label\nsunny day,a\nrainy day,b\n' >"$work/two.csv"
"$cli" train --model "$work/m" --data "$work/two.csv" --method full --max-steps 1 --threads 1 --out "$work/two" \
    >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "2-row CSV"; }
grep -q 'no validation examples' "$work/err" || { cat "$work/err"; fail "2-row CSV: no warning"; }
grep -q '^Adapter Size *—' "$work/out" || { cat "$work/out"; fail "Adapter Size shown for a full fine-tune"; }
"$py" - "$work/dup.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("text,label\n")
    for i in range(60):
        f.write(f"same text {i % 20},{'ab'[(i // 20) % 2]}\n")
PY
"$cli" train --model "$work/m" --data "$work/dup.csv" --method full --max-steps 1 --threads 1 --out "$work/dup" \
    >/dev/null 2>"$work/err" || { cat "$work/err"; fail "duplicates"; }
grep -q 'carry more than one label' "$work/err" && grep -q 'are also training texts' "$work/err" ||
    { cat "$work/err"; fail "duplicates and conflicting labels not reported"; }
printf 'text,label\nsun,a\n\xef\xb8\x8f \xe2\x80\x8b,b\nrain,b\nsnow,a\n' >"$work/invisible.csv"
expect 2 "--clean-text to empty" "$cli" train --model "$work/m" --data "$work/invisible.csv" --method full --max-steps 1 \
    --clean-text --validation-fraction 0 --threads 1 --out "$work/inv"
grep -q 'invisible.csv.*:3: empty text after cleaning' "$work/err" || { cat "$work/err"; fail "--clean-text empty text"; }
[ ! -e "$work/inv" ] || fail "--clean-text: a run folder for refused data"
expect 2 "long path part" "$cli" train --model "$work/m" --data "$work/data.csv" --method full --max-steps 1 \
    --out "$work/$(printf 'x%.0s' $(seq 300))"
grep -q 'at most 255' "$work/err" || { cat "$work/err"; fail "long path part"; }
expect 2 "--max-length over n_positions" "$cli" train --model "$work/m" --data "$work/data.csv" --method full \
    --max-length 500 --out "$work/toolong"
grep -q 'more than the 128 positions' "$work/err" || { cat "$work/err"; fail "--max-length"; }
[ ! -e "$work/toolong" ] || fail "--max-length: a run folder was made before the refusal"
mkdir "$work/with space"
"$cli" train "${long[@]}" --method full --out "$work/with space/run" >/dev/null 2>"$work/sp.err" &
pid=$!
wait_for "$work/sp.err" 'checkpoint written'
kill -INT "$pid"; wait "$pid" 2>/dev/null || true
grep -qF "continue with: litetune-cli train --resume '$work/with space/run'" "$work/sp.err" ||
    { cat "$work/sp.err"; fail "the resume hint is not shell-quoted"; }

# 6. Output that cannot be written is a failure.
if [ -w /dev/full ]; then
    for verb in "--version" "predict --model $work/m hello" "logits --model $work/m --input $work/in.json" \
                "eval --model $work/rel/model --data $work/data.csv --limit-eval 8 --threads 1"; do
        status=0
        # shellcheck disable=SC2086
        "$cli" $verb >/dev/full 2>"$work/err" || status=$?
        [ "$status" -ne 0 ] || fail "'$verb > /dev/full' exited 0"
        grep -q 'standard output' "$work/err" || { cat "$work/err"; fail "'$verb > /dev/full' did not say why"; }
    done
fi
echo "run integrity: all checks passed"
