#!/usr/bin/env bash
# litetune-cli estimate: one JSON object with the memory parts that add up to the peak, the
# available memory and whether it fits, the padded length and where it came from, and (unless
# --no-probe) measured seconds per step and per epoch; LoRA forecasts less than full fine-tuning;
# bad options are refused like train refuses them.
source "$(dirname "$0")/common.sh"

"$cli" estimate --model demo --data demo --method full --batch-size 8 --limit-train 64 --probe-steps 1 >"$tmp/full.json"
"$cli" estimate --model demo --data demo --method lora --batch-size 8 --limit-train 64 --no-probe >"$tmp/lora.json"
"$cli" estimate --model demo --data demo --method full --batch-size 16 --limit-train 64 --no-probe >"$tmp/big.json"
"$py" - "$tmp/full.json" "$tmp/lora.json" "$tmp/big.json" <<'PY'
import json, sys
full, lora, big = (json.load(open(p)) for p in sys.argv[1:])
m = full["memory"]
parts = ["weights_bytes", "gradients_bytes", "optimizer_bytes", "activations_bytes", "runtime_bytes"]
assert all(m[k] > 0 for k in parts), m
assert m["peak_bytes"] == sum(m[k] for k in parts), m
assert m["optimizer_bytes"] == 8 * full["trainable_params"], full
assert m["available_bytes"] > 0 and full["fits"] is True, full
assert full["device"] == "cpu" and full["train_examples"] == 64, full
assert 0 < full["padded_length"] <= full["max_length"], full
assert "training examples" in full["padded_length_source"], full
t = full["time"]
assert t["seconds_per_step"] > 0 and t["steps_per_epoch"] == 8 and t["seconds_per_epoch"] > 0, t
assert lora["time"] is None, lora
assert lora["memory"]["optimizer_bytes"] < m["optimizer_bytes"], (lora, full)
assert big["memory"]["activations_bytes"] > m["activations_bytes"], (big, full)
assert big["memory"]["weights_bytes"] == m["weights_bytes"], (big, full)
PY

expect_refusal "--batch-size" "$cli" estimate --model demo --data demo --batch-size 0 --no-probe
expect_refusal "--probe-steps" "$cli" estimate --model demo --data demo --probe-steps 0
expect_refusal "--bogus" "$cli" estimate --model demo --data demo --bogus 1
expect_refusal "--max-length" "$cli" estimate --model demo --data demo --max-length 5000 --no-probe
echo ok
