#!/usr/bin/env bash
# litetune-cli's words for common slips: a near-miss option or verb gets "did you mean", a missing
# adapter folder "does not exist", predict on a model whose head is untrained warns that its answers
# are random, eval of a model without labels of its own says so (no empty "()"), and a model
# missing from the Hugging Face cache comes with how to fetch it.
source "$(dirname "$0")/common.sh"

expect() { # expected-exit-status expected-words command...
    local want=$1 words=$2 status=0
    shift 2
    "$@" >"$tmp/out.txt" 2>"$tmp/err.txt" || status=$?
    [ "$status" = "$want" ] && grep -qF -- "$words" "$tmp/err.txt" ||
        { echo "FAIL: '$*' gave status $status, expected $want and '$words'; stderr: $(cat "$tmp/err.txt")"; exit 1; }
}
expect 2 "unknown option --epoch (did you mean --epochs?)" "$cli" train --model demo --data demo --method full --epoch 2
expect 2 "unknown option --batchsize (did you mean --batch-size?)" "$cli" compare --model demo --data demo --batchsize 4
expect 2 "unknown verb 'trian' (did you mean train?)" "$cli" trian
expect 2 "unknown option --frobnicate" "$cli" eval --model demo --data demo --frobnicate 1
grep -q "did you mean" "$tmp/err.txt" && { echo "FAIL: a far-off option got a suggestion"; exit 1; }
expect 2 "adapter folder $tmp/nope does not exist" "$cli" predict --model demo --adapter "$tmp/nope" hello
HF_HUB_CACHE="$tmp/empty-hub" expect 2 "Fetch it into that cache with the GUI's Configure > Download..., or with \`hf download" \
    "$cli" predict --model gpt2 hello
expect 0 "has no trained classification head, so these answers are random" "$cli" predict --model demo hello

printf 'text,label\nthe fox,a\nthe dog,b\na fox,a\na dog,b\n' >"$tmp/labels.csv"
expect 0 "the model has no labels of its own" "$cli" eval --model demo --data "$tmp/labels.csv"
grep -qF "()" "$tmp/err.txt" && { echo "FAIL: an empty label list in: $(cat "$tmp/err.txt")"; exit 1; }
echo "messages: OK"
