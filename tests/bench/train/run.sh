#!/usr/bin/env bash
# CPU training-step benchmark: `litetune-cli bench train` (full and LoRA) and `bench eval` on a
# 4-layer, 256-wide GPT-2 with the GPT-2 vocabulary, next to the same step in PyTorch-Python on
# the same LibTorch (Debian's python3-torch: torch_reference.py), alternating, same threads.
# Usage: tests/bench/train/run.sh BUILD/app/litetune-cli [threads] [rounds]
set -euo pipefail
cli=${1:?usage: run.sh path/to/litetune-cli [threads] [rounds]}
threads=${2:-2}
rounds=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
shared=${LITETUNE_SHARED:-$here/../../../../shared}
model=$(mktemp -d)
trap 'rm -rf "$model"' EXIT
"$cli" init --out "$model" --tokenizer "$shared/reference/gpt2-tokenizer" --layers 4 --heads 4 --embd 256 \
    --positions 1024 --labels 20 --seed 42 >/dev/null
shape=(--batch-size 8 --seq-len 128 --steps 10)
for round in $(seq "$rounds"); do
    for method in full lora; do
        echo "round $round $method litetune $("$cli" bench train --model "$model" --method "$method" "${shape[@]}" --threads "$threads")"
        echo "round $round $method pytorch  $(/usr/bin/python3 "$here/torch_reference.py" --method "$method" "${shape[@]}" --threads "$threads")"
    done
    echo "round $round eval litetune $("$cli" bench eval --model "$model" "${shape[@]}" --threads "$threads")"
    echo "round $round eval pytorch  $(/usr/bin/python3 "$here/torch_reference.py" --method eval "${shape[@]}" --threads "$threads")"
done
