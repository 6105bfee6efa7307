#!/usr/bin/env bash
# litetune-cli train: a fine-tune on a small CSV writes a complete run folder and prints the
# metrics table; a run resumed from a checkpoint after a (simulated) crash ends with exactly the
# weights of the uninterrupted run, with and without --train-sampling-strategy in its run.json; bad
# input exits 2 with a message naming the problem.
source "$(dirname "$0")/common.sh"

write_topics_csv "$tmp/data.csv"

knobs=(--model demo --data "$tmp/data.csv" --method full --max-steps 6 --checkpoint-every 3 --eval-every 3
       --lr 1e-3 --warmup-ratio 0.2 --batch-size 4 --grad-accum 2 --threads 1)
"$LITETUNE_CLI" train "${knobs[@]}" --out "$tmp/run" >"$tmp/out.txt" 2>"$tmp/err.txt"
cat "$tmp/out.txt"
grep -q '^Accuracy  *[0-9.]*%' "$tmp/out.txt" || { echo "FAIL: no accuracy row"; exit 1; }
grep -q '^Training Loss  *[0-9]' "$tmp/out.txt" || { echo "FAIL: no training loss row"; exit 1; }
grep -q '^step 6/6' "$tmp/err.txt" || { echo "FAIL: no progress line for the last step on stderr"; cat "$tmp/err.txt"; exit 1; }
for f in run.json history.csv metrics.json predictions.csv model/config.json model/model.safetensors \
         checkpoints/step-3/state.json checkpoints/step-6/trainable.safetensors; do
    [ -s "$tmp/run/$f" ] || { echo "FAIL: $f missing"; exit 1; }
done
"$py" - "$tmp/run" <<'PY'
import json, sys, csv
run = sys.argv[1]
m = json.load(open(f"{run}/metrics.json"))
for key in ["eval_loss", "eval_accuracy", "eval_f1", "eval_f1_macro", "train_loss", "train_runtime", "epoch",
            "trainable_params", "total_params", "peak_memory_bytes"]:
    assert key in m, key
assert m["global_step"] == 6, m
r = json.load(open(f"{run}/run.json"))
assert r["status"] == "completed" and r["method"] == "full" and r["config"]["grad_accum"] == 2, r
rows = list(csv.DictReader(open(f"{run}/history.csv")))
assert [int(row["step"]) for row in rows] == [1, 2, 3, 4, 5, 6], rows
assert rows[2]["eval_accuracy"] and rows[5]["eval_accuracy"] and not rows[0]["eval_accuracy"], rows
PY

# A crash after step 3: keep only the first checkpoint, mark the run failed, resume. The crashed
# copy also loses run.json's train_sampling_strategy, as a run recorded before that knob existed:
# it must resume with the default batching it was trained with.
crash() { # run-folder copy
    cp -r "$1" "$2"
    rm -rf "$2/model" "$2/metrics.json" "$2/checkpoints/step-6"
    sed -i 's/"status": "completed"/"status": "failed"/' "$2/run.json"
}
crash "$tmp/run" "$tmp/crashed"
"$py" - "$tmp/crashed/run.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["config"].pop("train_sampling_strategy") == "group_by_length", r["config"]
json.dump(r, open(sys.argv[1], "w"), indent=2)
PY
"$LITETUNE_CLI" train --resume "$tmp/crashed" --threads 1 >/dev/null 2>"$tmp/resume.txt"
grep -q 'resuming at step 3' "$tmp/resume.txt" || { echo "FAIL: did not resume at step 3"; cat "$tmp/resume.txt"; exit 1; }
cmp "$tmp/run/model/model.safetensors" "$tmp/crashed/model/model.safetensors" ||
    { echo "FAIL: the resumed run's weights differ from the uninterrupted run's"; exit 1; }

# --train-sampling-strategy sequential: recorded in run.json, other batches than the default
# (other weights), and kept by --resume (the resumed run ends with the uninterrupted one's weights).
"$LITETUNE_CLI" train "${knobs[@]}" --train-sampling-strategy sequential --out "$tmp/seq" >/dev/null 2>&1
grep -q '"train_sampling_strategy": "sequential"' "$tmp/seq/run.json" ||
    { echo "FAIL: run.json does not record train_sampling_strategy sequential"; exit 1; }
if cmp -s "$tmp/run/model/model.safetensors" "$tmp/seq/model/model.safetensors"; then
    echo "FAIL: --train-sampling-strategy sequential trained the same weights as the default"; exit 1
fi
crash "$tmp/seq" "$tmp/seq-crashed"
"$LITETUNE_CLI" train --resume "$tmp/seq-crashed" --threads 1 >/dev/null 2>"$tmp/resume.txt"
cmp "$tmp/seq/model/model.safetensors" "$tmp/seq-crashed/model/model.safetensors" ||
    { echo "FAIL: the resumed sequential run's weights differ from the uninterrupted run's"; exit 1; }

expect_status() { # expected-status message-fragment args...
    local want=$1 fragment=$2 status=0
    shift 2
    "$LITETUNE_CLI" "$@" >/dev/null 2>"$tmp/bad.txt" || status=$?
    [ "$status" -eq "$want" ] || { echo "FAIL: '$*' exited $status, expected $want"; cat "$tmp/bad.txt"; exit 1; }
    grep -q -- "$fragment" "$tmp/bad.txt" || { echo "FAIL: '$*' did not mention '$fragment'"; cat "$tmp/bad.txt"; exit 1; }
}
expect_status 2 "--method" train --model demo --data "$tmp/data.csv" --method sideways --threads 1
expect_status 2 "missing.csv" train --model demo --data "$tmp/missing.csv" --method full --threads 1
expect_status 2 "already holds files" train "${knobs[@]}" --out "$tmp/run"
expect_status 2 "drop --lr" train --resume "$tmp/crashed" --lr 1e-4
expect_status 2 "finished run" train --resume "$tmp/run"
expect_status 2 "--batch-size" train --model demo --data "$tmp/data.csv" --method full --batch-size 0
expect_status 2 "--train-sampling-strategy expects group_by_length, random or sequential" \
    train --model demo --data "$tmp/data.csv" --method full --train-sampling-strategy shuffled
expect_status 2 "drop --train-sampling-strategy" train --resume "$tmp/crashed" --train-sampling-strategy random
echo "ok"
