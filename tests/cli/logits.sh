#!/usr/bin/env bash
# litetune-cli logits on the shared tiny GPT-2 (reference/tiny-gpt2): base model and LoRA adapter
# against Hugging Face's expected.json within 1e-4, and one clear error (exit 2) per bad input.
set -euo pipefail
fixture="${LITETUNE_SHARED:-}/reference/tiny-gpt2"
if [ ! -f "$fixture/expected.json" ]; then
    [ "${LITETUNE_REQUIRE_SHARED:-}" = 1 ] && { echo "FAIL: shared fixture $fixture missing"; exit 1; }
    echo "SKIP: shared fixture $fixture missing, set LITETUNE_SHARED"; exit 77 # SKIP_RETURN_CODE
fi
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$py" - "$fixture/expected.json" "$tmp" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
out = sys.argv[2]
json.dump({"input_ids": e["input_ids"], "attention_mask": e["attention_mask"], "labels": e["labels"]},
          open(out + "/input.json", "w"))
json.dump({"input_ids": e["input_ids"]}, open(out + "/ids-only.json", "w"))
bad = dict(input_ids=[row[:] for row in e["input_ids"]])
bad["input_ids"][1][3] = 1000
json.dump(bad, open(out + "/bad-id.json", "w"))
json.dump({"input_ids": [[1, 2, 3], [4, 5]]}, open(out + "/ragged.json", "w"))
json.dump({"input_ids": [list(range(129))]}, open(out + "/too-long.json", "w"))
json.dump({"input_ids": [[1, 2]], "labels": [7]}, open(out + "/bad-label.json", "w"))
open(out + "/not-json.json", "w").write("{\"input_ids\": [[1, 2]")
PY

compare() { # compare OUTPUT_JSON LOGITS_KEY LOSS_KEY
    "$py" - "$fixture/expected.json" "$1" "$2" "$3" <<'PY'
import json, sys
e = json.load(open(sys.argv[1])); got = json.load(open(sys.argv[2]))
ref = e
for part in sys.argv[3].split("."):
    ref = ref[part]
diff = max(abs(a - b) for ra, rb in zip(got["logits"], ref) for a, b in zip(ra, rb))
assert len(got["logits"]) == len(ref) and all(len(a) == len(b) for a, b in zip(got["logits"], ref)), "shape"
loss = e
for part in sys.argv[4].split("."):
    loss = loss[part]
print(f"{sys.argv[3]}: max abs diff {diff:.3g}" + (f", loss diff {abs(got['loss'] - loss):.3g}" if "loss" in got else ", no labels, no loss"))
assert diff <= 1e-4, f"logits differ by {diff}"
if "loss" in got:
    assert abs(got["loss"] - loss) <= 1e-4, "loss differs"
PY
}

"$LITETUNE_CLI" logits --model "$fixture/model" --input "$tmp/input.json" >"$tmp/base.json"
compare "$tmp/base.json" logits loss
grep -q '"loss"' "$tmp/base.json"
"$LITETUNE_CLI" logits --model "$fixture/model" --adapter "$fixture/lora-adapter" --input "$tmp/input.json" \
    --device cpu --threads 1 >"$tmp/lora.json"
compare "$tmp/lora.json" lora.logits lora.loss
# Without a mask: the causal path pools by the pad rule and gives the same logits, and no loss.
"$LITETUNE_CLI" logits --model "$fixture/model" --input "$tmp/ids-only.json" >"$tmp/ids-only-out.json"
compare "$tmp/ids-only-out.json" logits loss
if grep -q '"loss"' "$tmp/ids-only-out.json"; then echo "FAIL: loss printed without labels"; exit 1; fi

expect_bad() { # expect_bad INPUT MESSAGE_FRAGMENT
    local status=0
    "$LITETUNE_CLI" logits --model "$fixture/model" --input "$1" >"$tmp/out" 2>"$tmp/err" || status=$?
    [ "$status" -eq 2 ] || { echo "FAIL: $1 gave status $status, expected 2"; cat "$tmp/err"; exit 1; }
    grep -q -- "$2" "$tmp/err" || { echo "FAIL: error for $1 lacks '$2':"; cat "$tmp/err"; exit 1; }
    [ ! -s "$tmp/out" ] || { echo "FAIL: output printed for $1"; exit 1; }
    echo "ok: $(cat "$tmp/err")"
}
expect_bad "$tmp/bad-id.json" 'input_ids\[1\]\[3\]'
expect_bad "$tmp/ragged.json" 'input_ids\[1\]'
expect_bad "$tmp/too-long.json" '128 positions'
expect_bad "$tmp/bad-label.json" 'labels\[0\]'
expect_bad "$tmp/not-json.json" 'not-json.json'
expect_bad "$tmp/missing.json" 'missing.json'
echo "logits: all checks passed"
