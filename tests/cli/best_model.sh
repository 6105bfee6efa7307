#!/usr/bin/env bash
# litetune-cli train --metric-for-best-model / --load-best-model-at-end / --early-stopping-patience
# (the Trainer's names): run.json records the options and the kept step, the best checkpoint stays,
# a run whose run.json still has the old keys (early_stopping, early_stopping_metric) resumes to the
# same weights, and settings that cannot work exit 2 naming the option.
source "$(dirname "$0")/common.sh"

write_topics_csv "$tmp/data.csv"

knobs=(--model demo --data "$tmp/data.csv" --method full --max-steps 6 --eval-every 2 --batch-size 4 --threads 1
       --metric-for-best-model eval_f1_macro --load-best-model-at-end --early-stopping-patience 5)
"$cli" train "${knobs[@]}" --out "$tmp/run" >"$tmp/out.txt" 2>"$tmp/err.txt"
grep -q '^Kept  *step [0-9]*, best eval_f1_macro' "$tmp/out.txt" ||
    { echo "FAIL: no 'Kept' row naming the best step"; cat "$tmp/out.txt"; exit 1; }
"$py" - "$tmp/run" <<'PY'
import json, os, sys
run = sys.argv[1]
r = json.load(open(f"{run}/run.json"))
c = r["config"]
assert c["metric_for_best_model"] == "eval_f1_macro" and c["load_best_model_at_end"] is True, c
assert c["early_stopping_patience"] == 5 and "early_stopping" not in c and "early_stopping_metric" not in c, c
step = r["best_global_step"]
assert step in (2, 4, 6) and r["best_model_loaded"] is True, r
assert r["best_model_checkpoint"] == f"checkpoints/step-{step}", r
assert os.path.isfile(f"{run}/{r['best_model_checkpoint']}/trainable.safetensors"), r
m = json.load(open(f"{run}/metrics.json"))
assert m["best_global_step"] == step and m["best_metric"] == r["best_metric"] == m["eval_f1_macro"], m
PY

# A run recorded under the old keys, crashed after step 4: it resumes (keeping the best evaluation
# so far) and ends with the uninterrupted run's weights.
cp -r "$tmp/run" "$tmp/old"
rm -rf "$tmp/old/model" "$tmp/old/metrics.json" "$tmp/old/checkpoints/step-6"
"$py" - "$tmp/old/run.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["config"]
c["early_stopping"] = c.pop("early_stopping_patience")
c["early_stopping_metric"] = c.pop("metric_for_best_model")
for key in ["best_metric", "best_global_step", "best_model_checkpoint", "best_model_loaded"]:
    r.pop(key)
r["status"] = "failed"
json.dump(r, open(sys.argv[1], "w"), indent=2)
PY
"$cli" train --resume "$tmp/old" --threads 1 >/dev/null 2>"$tmp/resume.txt"
grep -q 'resuming at step 4' "$tmp/resume.txt" || { echo "FAIL: did not resume at step 4"; cat "$tmp/resume.txt"; exit 1; }
cmp "$tmp/run/model/model.safetensors" "$tmp/old/model/model.safetensors" ||
    { echo "FAIL: the resumed run's weights differ from the uninterrupted run's"; exit 1; }
"$py" - "$tmp/run/run.json" "$tmp/old/run.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert b["config"]["metric_for_best_model"] == "eval_f1_macro" and b["config"]["early_stopping_patience"] == 5, b
assert a["best_global_step"] == b["best_global_step"] and a["best_metric"] == b["best_metric"], (a, b)
PY

expect_refusal "--load-best-model-at-end needs evaluations during training" \
    "$cli" train --model demo --data "$tmp/data.csv" --method full --max-steps 2 --threads 1 --eval-every 0 --load-best-model-at-end
expect_refusal "--metric-for-best-model expects eval_loss, eval_accuracy" \
    "$cli" train --model demo --data "$tmp/data.csv" --method full --metric-for-best-model eval_bogus
for i in $(seq 40); do echo "line $i: the quick brown fox jumps over the lazy dog"; done >"$tmp/corpus.txt"
expect_refusal "a causal-LM run is judged by eval_loss or perplexity" \
    "$cli" train --task causal-lm --method full --model demo --data "$tmp/corpus.txt" --max-length 32 --max-steps 2 --threads 1 \
    --eval-every 1 --metric-for-best-model eval_accuracy
echo "ok"
