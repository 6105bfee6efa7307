#!/usr/bin/env bash
# LiteTune against the Hugging Face Trainer (+ PEFT LoRA) on the CPU: the same model, data,
# batch, maximum length, precision (fp32) and thread count; train samples/s for full fine-tuning
# and LoRA, eval samples/s at the same eval batch size, peak RSS of each process.
#   LiteTune  `litetune-cli train` (its metrics.json)
#   anchor    tests/bench/hf_reference.py: transformers.Trainer, + peft.get_peft_model for LoRA
# Both start from one model folder (`litetune-cli init`, or MODEL=DIR, e.g. one transformers
# saved) and one TweetEval-emoji subset written by bench.py. Timing (bench.py's docstring): every
# configuration runs with W and with W+N optimizer steps on each side, and the figure comes from
# the difference of the tools' own runtimes, so model loading and the first W steps are excluded
# identically on both sides. LiteTune and Trainer runs alternate (the side going first flips each
# round) so drift in the machine's load hits both. Prints a Markdown table with ratios and aims.
# Not a test: figures go to docs/benchmarks.md ("Training and evaluation vs the Trainer (CPU)").
#
# Usage: tests/bench/trainer/run.sh [CLI]
# Environment (default / SMOKE=1):
#   LAYERS 4/2  HEADS 4/2  EMBD 256/64  POSITIONS 1024/128   shape of the `litetune-cli init` model
#   MODEL        an existing Hugging Face GPT-2 classifier folder instead (20 labels, vocab.json +
#                merges.txt inside or the shared GPT-2 tokenizer's ids)
#   BATCH 8/4  EVAL_BATCH (BATCH)  MAX_LEN 32/32  THREADS 1/1  WARMUP 3/1  STEPS 20/8
#   EVAL_WARMUP 32/16 (eval rows of the short run)  EVAL_ROWS 512/128 (extra rows of the long run)
#   ROUNDS 3/1   METHODS "full lora"   LR 5e-5   SEED 42
#   SUBSET uniform|first (uniform: tweets of >= MAX_LEN tokens, so every batch is exactly
#                BATCH x MAX_LEN on both sides; first: the first tweets, dynamic padding, the
#                Trainer with group_by_length to mirror LiteTune's default length grouping)
#   LITETUNE_CLI (build/release, then build/modern)  PYTHON (the project venv: .venv/bin/python
#   or $LITETUNE_VENV/bin/python)  LITETUNE_SHARED (../shared)  BENCH_WORK (build/bench-trainer)
#   SMOKE=1      the small sizes above: a plumbing check in under a minute, not a benchmark
set -euo pipefail
shopt -s inherit_errexit
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
case ${1:-} in -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
cli=${1:-${LITETUNE_CLI:-}}
shared=${LITETUNE_SHARED:-$root/../shared}
smoke=${SMOKE:-0}
if [ "$smoke" = 1 ]; then s() { echo "$2"; }; else s() { echo "$1"; }; fi
LAYERS=${LAYERS:-$(s 4 2)}; HEADS=${HEADS:-$(s 4 2)}; EMBD=${EMBD:-$(s 256 64)}; POSITIONS=${POSITIONS:-$(s 1024 128)}
BATCH=${BATCH:-$(s 8 4)}; EVAL_BATCH=${EVAL_BATCH:-$BATCH}; MAX_LEN=${MAX_LEN:-32}; THREADS=${THREADS:-1}
WARMUP=${WARMUP:-$(s 3 1)}; STEPS=${STEPS:-$(s 20 8)}; EVAL_WARMUP=${EVAL_WARMUP:-$(s 32 16)}
EVAL_ROWS=${EVAL_ROWS:-$(s 512 128)}; ROUNDS=${ROUNDS:-$(s 3 1)}; METHODS=${METHODS:-full lora}
LR=${LR:-5e-5}; SEED=${SEED:-42}; SUBSET=${SUBSET:-uniform}
LORA=(--lora-r 8 --lora-alpha 16 --lora-dropout 0.1 --lora-targets c_attn)
die() { echo "trainer/run.sh: $*" >&2; exit 2; }

for v in LAYERS HEADS EMBD POSITIONS BATCH EVAL_BATCH MAX_LEN THREADS WARMUP STEPS EVAL_WARMUP EVAL_ROWS ROUNDS; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer, got '${!v}'"
done
[ "$SUBSET" = uniform ] || [ "$SUBSET" = first ] || die "SUBSET must be uniform or first, got '$SUBSET'"
for m in $METHODS; do [ "$m" = full ] || [ "$m" = lora ] || die "METHODS takes full and lora, got '$m'"; done
if [ -z "$cli" ]; then
    for candidate in "$root/build/release/app/litetune-cli" "$root/build/modern/app/litetune-cli"; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
    die "no litetune-cli (set LITETUNE_CLI or pass its path; looked in build/release and build/modern)"
fi
venv=${LITETUNE_VENV:-$root/.venv}
py=${PYTHON:-}
if [ -z "$py" ]; then
    [ -x "$venv/bin/python" ] || die "no $venv/bin/python (run packaging/install-python, or set PYTHON)"
    py=$venv/bin/python
fi
missing=$("$py" -c 'import importlib.util as u; print(" ".join(m for m in ("torch", "transformers", "peft", "tokenizers", "numpy") if u.find_spec(m) is None))') ||
    die "$py does not run"
[ -z "$missing" ] || die "$py lacks $missing (packaging/install-python installs the pinned versions)"
data=$shared/data/tweeteval-emoji
tok=$shared/reference/gpt2-tokenizer
for f in "$data/train_text.txt" "$data/val_text.txt" "$data/mapping.txt" "$tok/vocab.json" "$tok/merges.txt"; do
    [ -f "$f" ] || die "missing $f (set LITETUNE_SHARED)"
done

W=${BENCH_WORK:-$root/build/bench-trainer}
rm -rf "$W"
mkdir -p "$W/logs" "$W/runs"
# LiteTune caches tokenized data; keep that cache inside the work folder, not in ~/.cache.
export LITETUNE_CACHE=$W/cache
# One thread count for every library on both sides (LiteTune also gets --threads, the Trainer
# torch.set_num_threads through hf_reference.py --threads).
export OMP_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS
export TOKENIZERS_PARALLELISM=false RAYON_NUM_THREADS=1 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
BENCH=("$py" "$here/bench.py")

# the model both sides start from
if [ -n "${MODEL:-}" ]; then
    [ -f "$MODEL/config.json" ] || die "MODEL=$MODEL has no config.json"
    model=$MODEL
    model_text="MODEL=$model"
else
    model=$W/model
    "$cli" init --out "$model" --tokenizer "$tok" --layers "$LAYERS" --heads "$HEADS" --embd "$EMBD" \
        --positions "$POSITIONS" --labels 20 --seed 1 >"$W/logs/init.out"
    model_text="GPT-2 $LAYERS layers × $EMBD wide, $HEADS heads, $POSITIONS positions, GPT-2 vocabulary (50,257), 20 labels, from \`litetune-cli init --seed 1\`"
fi
model_text="$model_text; $("$py" -c 'import json, sys; c = json.load(open(sys.argv[1])); print("%s layers, %s wide" % (c["n_layer"], c["n_embd"]))' "$model/config.json") per config.json"

# the data both sides read: (W+N)·B training rows, EW+EN evaluation rows
train_rows=$(( (WARMUP + STEPS) * BATCH ))
eval_total=$(( EVAL_WARMUP + EVAL_ROWS ))
"${BENCH[@]}" subset --data "$data" --tokenizer "$tok" --out "$W/data" --mode "$SUBSET" --max-length "$MAX_LEN" \
    --train "$train_rows" --eval "$eval_total" >"$W/logs/subset.out"
hf_extra=()
if [ "$SUBSET" = uniform ]; then
    hf_extra+=(--expect-length "$MAX_LEN")
    data_text="TweetEval emoji: the first $train_rows + $eval_total training tweets of ≥ $MAX_LEN GPT-2 tokens (none with <|endoftext|>), truncated to $MAX_LEN: every batch is $BATCH × $MAX_LEN tokens on both sides"
else
    hf_extra+=(--group-by-length)
    data_text="TweetEval emoji: the first $train_rows training and $eval_total validation tweets, dynamic padding; LiteTune's length-grouped batches, the Trainer's train_sampling_strategy=group_by_length (the batches differ)"
fi

run_lt() { # run_lt METHOD ROUND STEPS EVAL_N
    local method=$1 round=$2 steps=$3 evaln=$4 tag=lt-$1-r$2-s$3 extra=()
    [ "$method" = lora ] && extra=("${LORA[@]}")
    echo "  + [$tag] litetune-cli train --method $method --max-steps $steps --limit-eval $evaln"
    if ! "${BENCH[@]}" measure --rss "$W/runs/$tag.rss" -- "$cli" train --model "$model" --data "$W/data" \
        --method "$method" --device cpu --precision fp32 --threads "$THREADS" --max-steps "$steps" \
        --batch-size "$BATCH" --eval-batch-size "$EVAL_BATCH" --max-length "$MAX_LEN" --limit-eval "$evaln" \
        --lr "$LR" --seed "$SEED" "${extra[@]}" --out "$W/runs/$tag" >"$W/logs/$tag.out" 2>"$W/logs/$tag.err"; then
        tail -n 20 "$W/logs/$tag.err" >&2
        die "litetune-cli train failed ($W/logs/$tag.err)"
    fi
    echo "lt $method $round $steps $evaln $W/runs/$tag/metrics.json $W/runs/$tag.rss" >>"$W/manifest"
}
run_hf() { # run_hf METHOD ROUND STEPS EVAL_N
    local method=$1 round=$2 steps=$3 evaln=$4 tag=hf-$1-r$2-s$3 extra=()
    [ "$method" = lora ] && extra=("${LORA[@]}")
    # the long run also times its steps after W in-process, a cross-check of the difference
    [ "$steps" -gt "$WARMUP" ] && extra+=(--time-after-steps "$WARMUP")
    echo "  + [$tag] hf_reference.py --method $method --max-steps $steps --limit-eval $evaln"
    if ! "${BENCH[@]}" measure --rss "$W/runs/$tag.rss" -- "$py" "$root/tests/bench/hf_reference.py" \
        --data "$W/data" --tokenizer "$tok" --model "$model" --method "$method" --device cpu --precision fp32 \
        --threads "$THREADS" --max-steps "$steps" --batch-size "$BATCH" --eval-batch-size "$EVAL_BATCH" \
        --max-length "$MAX_LEN" --limit-eval "$evaln" --lr "$LR" --seed "$SEED" "${extra[@]}" "${hf_extra[@]}" >"$W/logs/$tag.out" 2>"$W/logs/$tag.err"; then
        tail -n 20 "$W/logs/$tag.err" >&2
        die "hf_reference.py failed ($W/logs/$tag.err)"
    fi
    echo "hf $method $round $steps $evaln $W/logs/$tag.out $W/runs/$tag.rss" >>"$W/manifest"
}

echo "trainer bench: $cli vs $py (transformers.Trainer); work folder $W${SMOKE:+; SMOKE=$smoke}"
echo "model: $model_text"
echo "data: $data_text"
: >"$W/manifest"
t0=$(date +%s)
for round in $(seq "$ROUNDS"); do
    for method in $METHODS; do
        for steps in "$WARMUP" "$((WARMUP + STEPS))"; do
            evaln=$EVAL_WARMUP
            [ "$steps" = "$WARMUP" ] || evaln=$eval_total
            if [ $((round % 2)) = 1 ]; then
                run_lt "$method" "$round" "$steps" "$evaln"; run_hf "$method" "$round" "$steps" "$evaln"
            else
                run_hf "$method" "$round" "$steps" "$evaln"; run_lt "$method" "$round" "$steps" "$evaln"
            fi
        done
    done
done
echo "runs done in $(( $(date +%s) - t0 )) s"
echo

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$root" status --porcelain 2>/dev/null | head -n 1)" ] && commit="$commit + uncommitted changes"
rc=0
# nproc --all below: plain nproc would report OMP_NUM_THREADS, set to THREADS above
"${BENCH[@]}" report --manifest "$W/manifest" --batch "$BATCH" --eval-batch "$EVAL_BATCH" --warmup "$WARMUP" \
    --steps "$STEPS" --eval-warmup "$EVAL_WARMUP" --eval-rows "$EVAL_ROWS" \
    --header "machine=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc --all) cores; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" \
    --header "date=$(date -u '+%Y-%m-%d %H:%M UTC')" --header "commit=$commit" \
    --header "litetune=$("$cli" --version | head -n 3 | paste -sd ',' | sed 's/,/, /g') ($cli)" \
    --header "model=$model_text" --header "data=$data_text" \
    --header "settings=batch $BATCH, eval batch $EVAL_BATCH, max length $MAX_LEN, fp32, $THREADS thread(s) each, lr $LR (linear decay, no warm-up), seed $SEED, LoRA r 8 / alpha 16 / dropout 0.1 on c_attn (+ the score head, PEFT SEQ_CLS)" \
    --header "threads=$THREADS" \
    --header "command=$(for v in LAYERS HEADS EMBD BATCH MAX_LEN THREADS WARMUP STEPS EVAL_WARMUP EVAL_ROWS ROUNDS SUBSET; do printf '%s=%s ' "$v" "${!v}"; done)tests/bench/trainer/run.sh" \
    | tee "$W/report.md" || rc=$?
echo
echo "report: $W/report.md; logs and run folders: $W"
exit "$rc"
