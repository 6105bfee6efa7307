#!/usr/bin/env bash
# The phases of tests/bench/gpu-check (environment, build, the two parity checks, throughput), sourced
# by it after its settings and helpers: each is a function the `phase` helper runs under errexit.
# shellcheck shell=bash disable=SC2317,SC2154  # called through `phase`; globals set by gpu-check

phase_env() {
    local machine versions why
    if [ "$MODE" = gpu ]; then
        if ! command -v nvidia-smi >/dev/null; then
            echo "gpu-check: no nvidia-smi: this is not a GPU machine (use --cpu-dry-run here)" >&2
            return 2
        fi
        machine=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | head -n 1)
        machine="$machine; $(nproc) CPU cores"
    else
        machine="CPU only: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
    fi
    echo "  machine: $machine"
    local hf_ok=1
    if why=$("$PY" -c 'import torch, transformers, peft, numpy, safetensors' 2>&1); then
        echo yes >"$W/have_hf"
    else
        hf_ok=0
        echo no >"$W/have_hf"
        printf 'the Hugging Face side is incomplete (%s: %s); install it (packaging/install-python) or set PYTHON' \
            "$PY" "$(tail -n 1 <<<"$why")" >"$W/have_hf_why"
        note env failed "$(hf_missing)"
    fi
    versions=$("$PY" - <<'EOF'
import importlib, platform
out = ["python " + platform.python_version()]
for name in ("torch", "transformers", "peft", "tokenizers", "numpy"):
    try:
        out.append("%s %s" % (name, importlib.import_module(name).__version__))
    except Exception:
        out.append("%s missing" % name)
print(", ".join(out))
EOF
)
    echo "  python side: $versions"
    local commit
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ "$commit" != unknown ] && [ -n "$(git status --porcelain 2>/dev/null | head -n 1)" ]; then
        commit="$commit + uncommitted changes"
    fi
    table env --raw "$RAW" "mode=$MODE" "machine=$machine" "date=$(date -u '+%Y-%m-%d %H:%M UTC')" \
        "command=tests/bench/gpu-check $*" "commit=$commit" "versions=$versions" \
        "settings=GPT-2 $LAYERS layers × $EMBD wide ($HEADS heads, $POSITIONS positions, GPT-2 tokenizer, vocab 50257) from \`litetune-cli init\`, both sides from the same weights; TweetEval emoji, first $LIMIT_TRAIN train tweets, first $EVAL_LIMIT validation tweets; batch $BATCH, max length $SEQ_LEN, $PRECISION, $STEPS steps, lr full $LR_FULL / LoRA $LR_LORA (r 8, alpha 16, dropout 0.1, c_attn), seed $SEED; HF: sdpa attention, dynamic padding, group_by_length $( [ "$HF_GROUP_BY_LENGTH" = 1 ] && echo on || echo off)"
    if [ "$MODE" = gpu ]; then
        if ! "$PY" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)'; then
            echo "gpu-check: $PY's torch sees no CUDA device" >&2
            return 2
        fi
        # machine anchor: bf16 8192^3 matrix product through PyTorch, the same run
        local anchor
        anchor=$("$PY" - <<'EOF'
import time, torch
a = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
b = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
for _ in range(3):
    a @ b
torch.cuda.synchronize()
t = time.perf_counter()
for _ in range(10):
    a @ b
torch.cuda.synchronize()
print("bf16 8192³ matmul %.0f TFLOP/s (PyTorch %s, %s)" % (10 * 2 * 8192 ** 3 / (time.perf_counter() - t) / 1e12,
      torch.__version__, torch.cuda.get_device_name(0)))
EOF
)
        echo "  anchor: $anchor"
        table env --raw "$RAW" "anchor_matmul=$anchor"
    fi
    [ "$hf_ok" = 1 ] || return 3
}

phase_build() {
    local cli_path gen prefix carry_args=() cuda_args=()
    if [ "$BUILD" = 0 ]; then
        cli_path=${LITETUNE_CLI:-}
        if [ -z "$cli_path" ]; then
            if [ "$MODE" = gpu ]; then
                cli_path=$ROOT/build/gpu/app/litetune-cli
            else
                # the newest litetune-cli of any build folder
                # shellcheck disable=SC2012
                cli_path=$(ls -t "$ROOT"/build/*/app/litetune-cli 2>/dev/null | head -n 1 || true)
            fi
        fi
        if [ -z "$cli_path" ] || [ ! -x "$cli_path" ]; then
            echo "gpu-check: no litetune-cli found (set LITETUNE_CLI or build one, e.g. cmake --preset engine)" >&2
            return 2
        fi
        echo "  using the existing $cli_path (not built here)"
    else
        gen=Ninja
        command -v ninja >/dev/null || gen="Unix Makefiles"
        prefix=$("$PY" -c 'import torch; print(torch.utils.cmake_prefix_path)')
        if [ ! -f /usr/include/nlohmann/json.hpp ] && [ ! -f /usr/local/include/nlohmann/json.hpp ]; then
            if [ -f "$ROOT/build/carry/include/nlohmann/json.hpp" ]; then
                carry_args=(-DLITETUNE_JSON_INCLUDE_DIR="$ROOT/build/carry/include")
            else
                echo "gpu-check: nlohmann/json.hpp is neither installed nor in build/carry/include (run tests/bench/gpu-check --prepare-carry before the device call and carry build/carry)" >&2
                return 2
            fi
        fi
        if [ ! -f /usr/include/gloo/algorithm.h ]; then # c10d's Gloo header needs Gloo's (libgloo-dev)
            if [ -f "$ROOT/build/carry/include/gloo/algorithm.h" ]; then
                carry_args+=(-DLITETUNE_GLOO_INCLUDE_DIR="$ROOT/build/carry/include")
            else
                echo "gpu-check: Gloo's headers are neither installed nor in build/carry/include (run tests/bench/gpu-check --prepare-carry before the device call and carry build/carry)" >&2
                return 2
            fi
        fi
        if ! command -v nvcc >/dev/null && [ -x /usr/local/cuda/bin/nvcc ]; then
            export PATH=/usr/local/cuda/bin:$PATH
        fi
        command -v nvcc >/dev/null && cuda_args=(-DCMAKE_CUDA_COMPILER="$(command -v nvcc)")
        export TORCH_CUDA_ARCH_LIST=${TORCH_CUDA_ARCH_LIST:-9.0}
        run_logged cmake-configure 150 cmake -S . -B build/gpu -G "$gen" -DLITETUNE_BUILD_GUI=OFF \
            -DLITETUNE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
            "${carry_args[@]}" "${cuda_args[@]}"
        run_logged cmake-build 330 cmake --build build/gpu --target litetune-cli -j "$(nproc)"
        cli_path=$ROOT/build/gpu/app/litetune-cli
    fi
    "$cli_path" --version | sed 's/^/  | /'
    echo "$cli_path" >"$CLI_FILE"
    table env --raw "$RAW" "litetune=$("$cli_path" --version 2>&1 | head -n 2 | paste -sd ',' | sed 's/,/, /') ($cli_path)"
}

# logits_supports FLAG VALUE: whether `litetune-cli logits` takes FLAG (the man page (packaging/litetune-cli.1) does not require
# --device or --precision there, and unknown options are errors), probed once on the reference model
logits_supports() {
    local key=$W/logits-takes$1
    if [ ! -f "$key" ]; then
        if verb_has_flag logits "$1" || "$(cli)" logits --model "$SHARED/reference/tiny-gpt2/model" \
            --input "$W/parity/ref-input.json" "$1" "$2" >/dev/null 2>&1; then
            echo yes >"$key"
        else
            echo no >"$key"
        fi
    fi
    [ "$(cat "$key")" = yes ]
}

# logits flags: the run's device and float32, where the verb takes them
logits_flags() {
    local dev=$1 flags=()
    [ "$dev" != default ] && logits_supports --device cpu && flags+=(--device "$dev")
    logits_supports --precision fp32 && flags+=(--precision fp32)
    echo "${flags[@]}"
}

clean_input() { # clean_input SRC DEST: only the keys of the logits input (packaging/litetune-cli.1)
    "$PY" -c 'import json, sys
d = json.load(open(sys.argv[1]))
json.dump({k: d[k] for k in ("input_ids", "attention_mask", "labels") if k in d}, open(sys.argv[2], "w"))' "$1" "$2"
}

phase_parity_reference() {
    local ref dev flags
    ref=$SHARED/reference/tiny-gpt2
    if [ ! -f "$ref/expected.json" ]; then
        note "parity reference" failed "no $ref/expected.json"
        return 1
    fi
    need "parity reference" logits || return 1
    clean_input "$ref/expected.json" "$W/parity/ref-input.json"
    local devices=(default)
    if logits_supports --device cpu; then
        devices=("$DEVICE")
        [ "$MODE" = gpu ] && devices=(cuda cpu)
    elif [ "$MODE" = gpu ]; then
        note "parity reference" failed "litetune-cli logits takes no --device: no CUDA parity possible"
        return 1
    fi
    local failed=0
    for dev in "${devices[@]}"; do
        # shellcheck disable=SC2207
        flags=($(logits_flags "$dev"))
        if run_logged "ref-logits-$dev" 60 "$(cli)" logits --model "$ref/model" --input "$W/parity/ref-input.json" "${flags[@]}"; then
            "$PY" "$PARITY/compare.py" "$W/logs/ref-logits-$dev.out" "$ref/expected.json" --tol "$PARITY_TOL" --record "$RAW" \
                --name "tiny-gpt2 base, LiteTune ($dev device) vs stored transformers 4.31 fp32" || failed=1
        else
            note "parity tiny-gpt2 base ($dev)" failed "litetune-cli logits: $(why "ref-logits-$dev")"; failed=1
        fi
        if run_logged "ref-lora-logits-$dev" 60 "$(cli)" logits --model "$ref/model" --adapter "$ref/lora-adapter" \
            --input "$W/parity/ref-input.json" "${flags[@]}"; then
            "$PY" "$PARITY/compare.py" "$W/logs/ref-lora-logits-$dev.out" "$ref/expected.json" --key-b lora.logits \
                --tol "$PARITY_TOL" --record "$RAW" --name "tiny-gpt2 + LoRA adapter, LiteTune ($dev device) vs stored transformers/PEFT" || failed=1
        else
            note "parity tiny-gpt2 LoRA ($dev)" failed "litetune-cli logits --adapter: $(why "ref-lora-logits-$dev")"; failed=1
        fi
    done
    return "$failed"
}

phase_parity_peft() {
    local P=$W/parity model input base_logits flags tag targets run failed=0 tv ldev=default
    model=$P/model
    # transformers writes the model and PEFT reads LiteTune's adapters: without them this phase
    # cannot check anything, which is a failure (no LiteTune-only stand-in)
    if ! have_hf; then
        note "parity random GPT-2 and LoRA via PEFT" failed "$(hf_missing)"
        return 1
    fi
    need "parity random GPT-2 and LoRA via PEFT" train logits || return 1
    [ -f "$W/parity/ref-input.json" ] || clean_input "$SHARED/reference/tiny-gpt2/expected.json" "$W/parity/ref-input.json"
    logits_supports --device cpu && ldev=$DEVICE
    if ! run_logged make-random-gpt2 120 "$PY" "$HFTESTS/make_random_gpt2.py" --out "$model" --input "$P/input.json" \
        --expected "$P/expected.json" --csv "$P/tiny.csv"; then
        note "parity random GPT-2" failed "make_random_gpt2.py: $(why make-random-gpt2)"
        return 1
    fi
    input=$P/input.json
    base_logits=$P/expected.json
    tv=$("$PY" -c 'import transformers; print(transformers.__version__)')
    # shellcheck disable=SC2207
    flags=($(logits_flags "$ldev"))
    if run_logged random-logits 60 "$(cli)" logits --model "$model" --input "$input" "${flags[@]}"; then
        "$PY" "$PARITY/compare.py" "$W/logs/random-logits.out" "$P/expected.json" --tol "$PARITY_TOL" --record "$RAW" \
            --name "random GPT-2 (2×64, vocab 1000) saved by transformers $tv, LiteTune ($ldev device) vs transformers eager fp32" || failed=1
    else
        note "parity random GPT-2" failed "litetune-cli logits on a transformers $tv save_pretrained folder: $(why random-logits)"
        failed=1
    fi
    for targets in c_attn c_attn,c_proj,c_fc; do
        tag=${targets//,/-}
        run=$P/run-$tag
        if ! run_logged "lora-train-$tag" 120 "$(cli)" train --model "$model" --data "$P/tiny.csv" --method lora \
            --max-steps "$PARITY_STEPS" --lr 1e-2 --batch-size 8 --lora-r 4 --lora-alpha 8 --lora-dropout 0.0 \
            --lora-targets "$targets" --seed 7 --device "$DEVICE" --out "$run"; then
            note "parity LoRA $targets" failed "litetune-cli train --method lora: $(why "lora-train-$tag")"
            failed=1
            continue
        fi
        if [ ! -f "$run/adapter/adapter_config.json" ]; then
            note "parity LoRA $targets" failed "no $run/adapter/adapter_config.json"
            failed=1
            continue
        fi
        if ! run_logged "lora-logits-$tag" 60 "$(cli)" logits --model "$model" --adapter "$run/adapter" \
            --input "$input" "${flags[@]}"; then
            note "parity LoRA $targets" failed "litetune-cli logits --adapter: $(why "lora-logits-$tag")"
            failed=1
            continue
        fi
        # the adapter must change the outputs, or the comparison below proves nothing
        "$PY" "$PARITY/compare.py" "$W/logs/lora-logits-$tag.out" "$base_logits" --min-diff "$MIN_DIFF" --record "$RAW" \
            --name "LiteTune LoRA ($targets, $PARITY_STEPS steps) changes the logits" || failed=1
        if run_logged "peft-$tag" 120 "$PY" "$HFTESTS/peft_load_ours.py" --base "$model" --adapter "$run/adapter" \
            --input "$input"; then
            "$PY" "$PARITY/compare.py" "$W/logs/lora-logits-$tag.out" "$W/logs/peft-$tag.out" --tol "$PARITY_TOL" --record "$RAW" \
                --name "LoRA ($targets): LiteTune's adapter, LiteTune ($ldev device) vs PEFT PeftModel.from_pretrained (CPU fp32)" || failed=1
        else
            note "parity LoRA $targets via PEFT" failed "peft_load_ours.py: $(why "peft-$tag")"
            failed=1
        fi
    done
    return "$failed"
}

# LiteTune's metrics of a run: RUN/metrics.json, else the JSON lines of its stdout
record_run() { # record_run NAME RUN_DIR STDOUT_FILE
    if [ -f "$2/metrics.json" ]; then
        record "$1" "$2/metrics.json"
    else
        record "$1" "$3"
    fi
}

has_eval_figures() { # has_eval_figures NAME: the recorded result carries eval_samples_per_second
    "$PY" - "$RAW" "$1" <<'EOF'
import json, sys
found = False
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r.get("name") == sys.argv[2] and r.get("kind") == "result":
        found = "eval_samples_per_second" in json.dumps(r.get("data"))
sys.exit(0 if found else 1)
EOF
}

phase_throughput() {
    local model=$W/gpt2-model data tok method lr run extra hf_extra=() failed=0 eval_args p
    data=$SHARED/data/tweeteval-emoji
    tok=$SHARED/reference/gpt2-tokenizer
    for p in "$data/train_text.txt" "$tok/vocab.json"; do
        if [ ! -f "$p" ]; then
            note throughput failed "missing $p (LITETUNE_SHARED=$SHARED)"
            return 1
        fi
    done
    # Both sides start from the weights `litetune-cli init` writes: without them no figure here is
    # comparable, and hf_reference.py is never left to a random init of its own.
    need throughput init train || return 1
    if ! run_logged init-model 120 "$(cli)" init --out "$model" --tokenizer "$tok" --layers "$LAYERS" \
        --heads "$HEADS" --embd "$EMBD" --positions "$POSITIONS" --labels 20 --seed 1; then
        note throughput failed "litetune-cli init: $(why init-model)"
        return 1
    fi
    if ! have_hf; then
        note "hf_full, hf_lora" failed "$(hf_missing)"
        failed=1
    fi
    [ "$HF_GROUP_BY_LENGTH" = 1 ] && hf_extra+=(--group-by-length)
    for method in full lora; do
        if [ "$method" = full ]; then lr=$LR_FULL; extra=(); else lr=$LR_LORA; extra=("${LORA_FLAGS[@]}"); fi
        run=$W/runs/lt-$method
        if run_logged "lt-train-$method" 240 "$(cli)" train --model "$model" --data "$data" --method "$method" \
            --device "$DEVICE" --precision "$PRECISION" --max-steps "$STEPS" --limit-train "$LIMIT_TRAIN" \
            --limit-eval "$EVAL_LIMIT" --batch-size "$BATCH" --max-length "$SEQ_LEN" --lr "$lr" --seed "$SEED" \
            "${extra[@]}" --out "$run"; then
            record_run "lt_train_$method" "$run" "$W/logs/lt-train-$method.out" || failed=1
            # eval figures missing from the train run: a separate `eval` of the trained weights
            if ! has_eval_figures "lt_train_$method"; then
                if [ "$method" = full ]; then eval_args=(--model "$run/model"); else eval_args=(--model "$model" --adapter "$run/adapter"); fi
                if need "lt_eval_$method" eval && run_logged "lt-eval-$method" 120 "$(cli)" eval "${eval_args[@]}" \
                    --data "$data" --split validation --limit-eval "$EVAL_LIMIT" --batch-size "$BATCH" \
                    --max-length "$SEQ_LEN" --device "$DEVICE" --precision "$PRECISION" --out "$W/runs/lt-eval-$method"; then
                    record_run "lt_eval_$method" "$W/runs/lt-eval-$method" "$W/logs/lt-eval-$method.out" || failed=1
                else
                    note "lt_eval_$method" failed "no eval figures in the train run, and litetune-cli eval: $(why "lt-eval-$method")"
                    failed=1
                fi
            fi
        else
            note "lt_train_$method" failed "litetune-cli train: $(why "lt-train-$method")"
            failed=1
        fi
        if have_hf; then
            if run_logged "hf-$method" 240 "$PY" "$BENCH/hf_reference.py" --data "$data" --tokenizer "$tok" \
                --model "$model" --method "$method" --precision "$PRECISION" --device "$DEVICE" --batch-size "$BATCH" \
                --max-length "$SEQ_LEN" --max-steps "$STEPS" --limit-train "$LIMIT_TRAIN" --limit-eval "$EVAL_LIMIT" \
                --lr "$lr" --seed "$SEED" "${extra[@]}" "${hf_extra[@]}"; then
                record "hf_$method" "$W/logs/hf-$method.out" || failed=1
            else
                note "hf_$method" failed "hf_reference.py: $(why "hf-$method")"
                failed=1
            fi
        fi
    done
    # bench verbs: random ids of B×T, no data loading
    need lt_bench "bench train" "bench eval" || return 1
    for method in full lora; do
        if run_logged "bench-train-$method" 120 "$(cli)" bench train --model "$model" --method "$method" \
            --batch-size "$BATCH" --seq-len "$SEQ_LEN" --steps "$BENCH_STEPS" --device "$DEVICE" \
            --precision "$PRECISION"; then
            record "lt_bench_train_$method" "$W/logs/bench-train-$method.out" || failed=1
        else
            note "lt_bench_train_$method" failed "litetune-cli bench train: $(why "bench-train-$method")"
            failed=1
        fi
    done
    if run_logged bench-eval 120 "$(cli)" bench eval --model "$model" --batch-size "$BATCH" --seq-len "$SEQ_LEN" \
        --steps "$BENCH_STEPS" --device "$DEVICE" --precision "$PRECISION"; then
        record lt_bench_eval "$W/logs/bench-eval.out" || failed=1
    else
        note lt_bench_eval failed "litetune-cli bench eval: $(why bench-eval)"
        failed=1
    fi
    return "$failed"
}
