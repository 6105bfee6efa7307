#!/usr/bin/env bash
# Tokenizer throughput: `litetune-cli bench tokenize` against the tiktoken anchor (npm `tiktoken`,
# the WASM build of OpenAI's Rust tokenizer), same corpus, same protocol (cli.md: one encode
# call per line, one thread, one warm-up pass, median of N passes), one JSON line each.
# Not a test: figures go to docs/benchmarks.md ("## Tokenizer").
# Usage: tests/bench/tokenizer/run.sh [CLI] [--corpus FILE] [--model DIR] [--reps N]
#   CLI defaults to build/tok/app/litetune-cli, then build/app/litetune-cli.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
shared=${LITETUNE_SHARED:-$root/../shared}
cli=""
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then cli=$1; shift; fi
corpus="$shared/data/tweeteval-emoji/train_text.txt"
model="$shared/reference/gpt2-tokenizer"
reps=5
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus=$2; shift 2 ;;
        --model) model=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ]; then
    for candidate in "$root/build/tok/app/litetune-cli" "$root/build/app/litetune-cli"; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
[ -x "$cli" ] || { echo "litetune-cli not found; build it or pass its path" >&2; exit 2; }
if [ ! -d "$here/node_modules/tiktoken" ]; then
    (cd "$here" && npm ci --no-audit --no-fund >&2)
fi

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $corpus"
printf 'litetune  '
"$cli" bench tokenize --model "$model" --corpus "$corpus" --reps "$reps"
printf 'tiktoken  '
node "$here/bench-tiktoken.mjs" --corpus "$corpus" --reps "$reps"
