#!/usr/bin/env bash
# Faults while writing, through the atomic writers' test seam (LITETUNE_TEST_FAULT, see
# engine/util/FaultInjection.h): a full disk (ENOSPC), a read-only folder (EROFS) and a kill between
# the data and the rename, during checkpointing, the final model and adapter save, eval --out and
# the report bundle. Each ends with one clear error (or the kill), leaves the last good checkpoint
# and every earlier file readable, no partial file under a final name and no temporary debris; a
# resumed run then ends with exactly the weights of an uninterrupted one.
set -euo pipefail
cli=${LITETUNE_CLI:?}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
"$cli" init --out "$work/m" --layers 1 --heads 2 --embd 16 --positions 128 --labels 4 --seed 1 >/dev/null
plain=(--model "$work/m" --data demo --max-steps 8 --batch-size 4 --limit-train 64 --limit-eval 16 --threads 1
       --seed 5 --lr 1e-3)
knobs=("${plain[@]}" --checkpoint-every 2)

status_of() { "$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$1/run.json"; }
no_debris() {
    if find "$1" -name '.*staging-*' -o -name '.*.tmp-*' -o -name '.*replaced-*' | grep -q .; then
        find "$1"; fail "$2: temporary files left behind"
    fi
}
# faulty NAME SPEC EXPECTED_STATUS COMMAND...: runs COMMAND with the fault, checks the exit status
# and, for an error, that stderr ends in one line naming the file and the cause, with no stack trace.
faulty() {
    [ -n "${TRACE_FAULTS:-}" ] && echo "== $1 ($2)"
    local name=$1 spec=$2 expected=$3 status=0
    shift 3
    LITETUNE_TEST_FAULT=$spec "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    [ "$status" -eq "$expected" ] || { cat "$work/$name.err"; fail "$name: exit $status, expected $expected"; }
    if grep -qiE 'terminate called|c10::Error|Exception raised from|frame #' "$work/$name.err"; then
        cat "$work/$name.err"; fail "$name: a stack trace instead of one clear line"
    fi
    if [ "$expected" -eq 1 ]; then
        local file=${spec#*:}
        file=${file%%:*}
        tail -1 "$work/$name.err" | grep -q "^litetune-cli: .*$file" || { cat "$work/$name.err"; fail "$name: last line does not name $file"; }
    fi
}
# Every checkpoint present holds its four files, complete (the safetensors header covers the file).
checkpoints_intact() {
    "$py" - "$1" <<'PY'
import json, os, sys
root = os.path.join(sys.argv[1], "checkpoints")
for step in sorted(os.listdir(root)):
    d = os.path.join(root, step)
    assert step.startswith("step-"), f"unexpected {step} in checkpoints/"
    names = set(os.listdir(d))
    for f in ("trainable.safetensors", "optimizer.pt", "history.csv", "state.json"):
        assert f in names, f"{step} lacks {f}"
    json.load(open(os.path.join(d, "state.json")))
    data = open(os.path.join(d, "trainable.safetensors"), "rb").read()
    n = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + n])
    end = max(v["data_offsets"][1] for k, v in header.items() if k != "__metadata__")
    assert 8 + n + end == len(data), f"{step}/trainable.safetensors is truncated"
    assert open(os.path.join(d, "optimizer.pt"), "rb").read(2) == b"PK", f"{step}/optimizer.pt is not a zip"
PY
}
same_weights() {
    cmp -s "$1" "$2" || fail "$3: the resumed run's weights differ from the uninterrupted run's"
}

"$cli" train "${knobs[@]}" --method full --out "$work/reference" >/dev/null 2>&1
"$cli" train "${knobs[@]}" --method lora --out "$work/reference-lora" >/dev/null 2>&1

# 1. A full disk while writing the second checkpoint's optimizer.pt (step 4).
faulty enospc-optimizer ENOSPC:optimizer.pt:2 1 "$cli" train "${knobs[@]}" --method full --out "$work/a"
grep -q 'No space left on device' "$work/enospc-optimizer.err" || fail "ENOSPC: the cause is not named"
[ "$(status_of "$work/a")" = failed ] || fail "ENOSPC: run.json says $(status_of "$work/a")"
[ -d "$work/a/checkpoints/step-2" ] && [ ! -e "$work/a/checkpoints/step-4" ] || { ls -a "$work/a/checkpoints"; fail "ENOSPC: checkpoints"; }
checkpoints_intact "$work/a"
no_debris "$work/a" "ENOSPC on optimizer.pt"
"$cli" train --resume "$work/a" --threads 1 >/dev/null 2>"$work/a-resume.err" || { cat "$work/a-resume.err"; fail "resume after ENOSPC"; }
grep -q 'step 2' "$work/a-resume.err" || { cat "$work/a-resume.err"; fail "resume after ENOSPC did not start at step 2"; }
[ "$(status_of "$work/a")" = completed ] || fail "resume after ENOSPC did not complete"
same_weights "$work/reference/model/model.safetensors" "$work/a/model/model.safetensors" "ENOSPC"

# 2. A read-only folder at the final model save (every checkpoint was written).
faulty erofs-model EROFS:model.safetensors 1 "$cli" train "${knobs[@]}" --method full --out "$work/b"
[ "$(status_of "$work/b")" = failed ] || fail "EROFS: run.json says $(status_of "$work/b")"
[ ! -e "$work/b/model" ] || fail "EROFS: a model/ folder exists after a failed save"
checkpoints_intact "$work/b"
no_debris "$work/b" "EROFS on model.safetensors"
"$cli" train --resume "$work/b" --threads 1 >/dev/null 2>&1 || fail "resume after a failed final save"
same_weights "$work/reference/model/model.safetensors" "$work/b/model/model.safetensors" "EROFS"

# 2b. The same without --checkpoint-every: the final save keeps a checkpoint until the model is in
# place, so the run still resumes (not from step 0), and the checkpoint goes once it is saved.
"$cli" train "${plain[@]}" --method full --out "$work/plain-reference" >/dev/null 2>&1
[ ! -e "$work/plain-reference/checkpoints" ] || fail "a completed run without --checkpoint-every kept checkpoints"
faulty enospc-final ENOSPC:model.safetensors 1 "$cli" train "${plain[@]}" --method full --out "$work/b2"
[ "$(status_of "$work/b2")" = failed ] && [ -d "$work/b2/checkpoints/step-8" ] || { ls -aR "$work/b2"; fail "failed final save: no checkpoint kept"; }
"$cli" train --resume "$work/b2" --threads 1 >/dev/null 2>"$work/b2-resume.err" || { cat "$work/b2-resume.err"; fail "resume after a failed final save without checkpoints"; }
grep -q 'resuming at step 8' "$work/b2-resume.err" || { cat "$work/b2-resume.err"; fail "the resume did not start at step 8"; }
[ ! -e "$work/b2/checkpoints" ] || fail "the safety checkpoint stayed after the model was saved"
same_weights "$work/plain-reference/model/model.safetensors" "$work/b2/model/model.safetensors" "final save"

# 3. Killed inside a checkpoint write: after optimizer.pt's data, before its rename (step 6).
faulty kill-optimizer kill:optimizer.pt:3 137 "$cli" train "${knobs[@]}" --method full --out "$work/c"
[ -d "$work/c/checkpoints/step-4" ] && [ ! -e "$work/c/checkpoints/step-6" ] || { ls -a "$work/c/checkpoints"; fail "kill: checkpoints"; }
find "$work/c" -name '*.staging-*' | grep -q . || fail "kill: the test did not kill inside the write"
"$cli" train --resume "$work/c" --threads 1 >/dev/null 2>"$work/c-resume.err" || { cat "$work/c-resume.err"; fail "resume after kill"; }
grep -q 'step 4' "$work/c-resume.err" || { cat "$work/c-resume.err"; fail "resume after kill did not start at step 4"; }
checkpoints_intact "$work/c"
no_debris "$work/c" "resume after a kill mid-checkpoint"
same_weights "$work/reference/model/model.safetensors" "$work/c/model/model.safetensors" "kill"

# 4. A full disk at the LoRA adapter save.
faulty enospc-adapter ENOSPC:adapter_model.safetensors 1 "$cli" train "${knobs[@]}" --method lora --out "$work/d"
[ "$(status_of "$work/d")" = failed ] && [ ! -e "$work/d/adapter" ] || fail "ENOSPC on the adapter"
no_debris "$work/d" "ENOSPC on adapter_model.safetensors"
"$cli" train --resume "$work/d" --threads 1 >/dev/null 2>&1 || fail "resume after a failed adapter save"
same_weights "$work/reference-lora/adapter/adapter_model.safetensors" "$work/d/adapter/adapter_model.safetensors" "adapter"

# 5. eval --out and a report bundle: nothing under the final name, earlier files untouched.
faulty enospc-eval ENOSPC:metrics.json 1 "$cli" eval --model "$work/reference/model" --data demo --limit-eval 8 --threads 1 --out "$work/e"
[ ! -e "$work/e" ] || fail "eval: the --out folder exists after a failed write"
faulty enospc-predictions ENOSPC:predictions.csv 1 "$cli" eval --model "$work/reference/model" --data demo --limit-eval 8 --threads 1 --out "$work/e"
[ ! -e "$work/e" ] || fail "eval: the --out folder exists after a failed predictions write"
mkdir "$work/reports"
faulty enospc-report ENOSPC:report.zip 1 "$cli" compare --model "$work/m" --data demo --max-steps 2 --batch-size 4 \
    --limit-train 16 --limit-eval 8 --threads 1 --out "$work/f" --report "$work/reports/report.zip"
[ -z "$(ls -A "$work/reports")" ] || { ls -a "$work/reports"; fail "report: files left after a failed bundle"; }
[ -s "$work/f/full/model/model.safetensors" ] || fail "report: the runs before the failed bundle are gone"
no_debris "$work" "all faults"
echo "write faults: all checks passed"
