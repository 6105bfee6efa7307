#!/usr/bin/env bash
# litetune-cli train --task causal-lm: continued pretraining of the demo model on a raw-text file
# writes a run with eval_loss and perplexity and a GPT2LMHeadModel folder; it resumes like any run;
# a classifier then starts from that folder (a new head); LoRA writes a CAUSAL_LM adapter; eval
# --task causal-lm scores a held-out file; settings a causal LM cannot use exit 2 naming them.
# (transformers and PEFT check the numbers: tests/hf/test_causal_lm.py.)
source "$(dirname "$0")/common.sh"

for i in $(seq 60); do echo "line $i: the quick brown fox jumps over the lazy dog $((i * 7))"; done >"$tmp/corpus.txt"
printf 'the lazy dog sleeps\nthe quick fox runs\n' >"$tmp/held-out.txt"
knobs=(--task causal-lm --model demo --data "$tmp/corpus.txt" --max-length 32 --max-steps 6 --batch-size 4
       --checkpoint-every 3 --threads 1)

"$cli" train "${knobs[@]}" --method full --out "$tmp/full" >"$tmp/out.txt" 2>"$tmp/err.txt"
grep -q '^Perplexity  *[0-9.]*$' "$tmp/out.txt" || { echo "FAIL: no perplexity row"; cat "$tmp/out.txt"; exit 1; }
grep -q '^Accuracy  *—$' "$tmp/out.txt" || { echo "FAIL: a causal LM shows an accuracy"; cat "$tmp/out.txt"; exit 1; }
"$py" - "$tmp/full" <<'PY'
import json, math, sys
run = sys.argv[1]
metrics = json.load(open(run + "/metrics.json"))
assert "eval_accuracy" not in metrics, metrics
assert abs(metrics["perplexity"] - math.exp(metrics["eval_loss"])) < 1e-6 * metrics["perplexity"], metrics
config = json.load(open(run + "/model/config.json"))
assert config["architectures"] == ["GPT2LMHeadModel"], config
assert "id2label" not in config, config
assert json.load(open(run + "/run.json"))["config"]["task"] == "causal-lm"
PY

# Resume: a copy of the run put back to its step-3 checkpoint ends as the uninterrupted run did.
cp -r "$tmp/full" "$tmp/again"
rm -rf "$tmp/again/checkpoints/step-6" "$tmp/again/model" "$tmp/again/metrics.json" "$tmp/again/.litetune-run.lock"
"$py" - "$tmp/again" <<'PY'
import json, sys
run = sys.argv[1]
manifest = json.load(open(run + "/run.json"))
manifest["status"] = "cancelled"
json.dump(manifest, open(run + "/run.json", "w"))
PY
"$cli" train --resume "$tmp/again" >"$tmp/resume.txt" 2>&1 || { cat "$tmp/resume.txt"; exit 1; }
grep -q 'resuming at step 3' "$tmp/resume.txt" || { echo "FAIL: the resume did not start at step 3"; cat "$tmp/resume.txt"; exit 1; }
"$py" - "$tmp/full/model/model.safetensors" "$tmp/again/model/model.safetensors" <<'PY'
import json, struct, sys
def tensors(path):
    data = open(path, "rb").read()
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    return {k: data[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]]
            for k, v in header.items() if k != "__metadata__"}
a, b = tensors(sys.argv[1]), tensors(sys.argv[2])
assert a.keys() == b.keys(), (sorted(a), sorted(b))
import array
worst = max(max(abs(x - y) for x, y in zip(array.array("f", a[k]), array.array("f", b[k])))  for k in a)
assert worst <= 1e-5, f"resumed causal LM differs from the uninterrupted one by {worst}"
PY

# A classifier starts from the pretrained folder: a new head, trained.
printf 'text,label\n' >"$tmp/labels.csv"
for i in $(seq 40); do echo "fox $i,a"; echo "dog $i,b"; done >>"$tmp/labels.csv"
"$cli" train --model "$tmp/full/model" --data "$tmp/labels.csv" --method lora --max-steps 2 --threads 1 \
    --out "$tmp/classifier" >/dev/null 2>"$tmp/cls.txt" || { cat "$tmp/cls.txt"; exit 1; }
grep -q 'a new head for 2 labels' "$tmp/cls.txt" || { echo "FAIL: no new head announced"; cat "$tmp/cls.txt"; exit 1; }

# Like a downloaded GPT-2, the folder names no classes: eval takes it as it is, with a new head.
"$cli" eval --model "$tmp/full/model" --data "$tmp/labels.csv" --threads 1 >/dev/null 2>"$tmp/eval-base.txt" ||
    { echo "FAIL: eval of a model without labels"; cat "$tmp/eval-base.txt"; exit 1; }
grep -q 'the model has no labels of its own' "$tmp/eval-base.txt" || { cat "$tmp/eval-base.txt"; exit 1; }

# LoRA: a CAUSAL_LM adapter without a head; eval with it on a held-out file.
"$cli" train "${knobs[@]}" --method lora --out "$tmp/lora" >/dev/null 2>&1
"$py" - "$tmp/lora/adapter/adapter_config.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
assert config["task_type"] == "CAUSAL_LM" and config["modules_to_save"] is None, config
PY
"$cli" eval --task causal-lm --model demo --adapter "$tmp/lora/adapter" --data "$tmp/held-out.txt" --max-length 32 \
    --out "$tmp/eval" >"$tmp/eval.txt" 2>&1 || { cat "$tmp/eval.txt"; exit 1; }
[ -s "$tmp/eval/eval_blocks.jsonl" ] || { echo "FAIL: eval kept no blocks"; exit 1; }

# What a causal LM cannot do is refused, exit 2, naming it.
expect_refusal "full or lora" "$cli" train "${knobs[@]}" --method head --out "$tmp/head"
expect_refusal "unknown option --task" "$cli" compare --task causal-lm --model demo --data "$tmp/corpus.txt"
expect_refusal "does not exist" "$cli" train --task causal-lm --method full --model demo --data "$tmp/nope.txt"
printf 'good\nbad \xff\n' >"$tmp/latin1.txt"
expect_refusal "latin1.txt line 2" "$cli" train --task causal-lm --method full --model demo --data "$tmp/latin1.txt"
echo "causal-lm: OK"
