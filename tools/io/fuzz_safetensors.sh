#!/usr/bin/env bash
# Builds tools/io/fuzz_safetensors.cpp with clang's libFuzzer + AddressSanitizer + UBSan and runs
# it for SECONDS (default 60) on a corpus seeded with the hostile files and the reference model.
# Usage: tools/io/fuzz_safetensors.sh [SECONDS]   (from the repository root; writes under /tmp only)
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${FUZZ_WORK:-/tmp/litetune-fuzz-safetensors}
mkdir -p "$work/corpus"
cp "$root"/tests/data/bad/safetensors/*.safetensors "$work/corpus/"
shared=${LITETUNE_SHARED:-$root/../shared}
[ -f "$shared/reference/tiny-gpt2/lora-adapter/adapter_model.safetensors" ] &&
    cp "$shared/reference/tiny-gpt2/lora-adapter/adapter_model.safetensors" "$work/corpus/reference_adapter.safetensors"
io="$root/engine/io"
clang++ -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$root/engine" "$root/tools/io/fuzz_safetensors.cpp" "$io/SafetensorsFile.cpp" \
    "$io/SafetensorsHeaderParser.cpp" "$io/SafetensorsDtype.cpp" "$io/JsonFile.cpp" "$io/MappedFile.cpp" \
    -o "$work/fuzz_safetensors"
"$work/fuzz_safetensors" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/tools/io/safetensors.dict" -artifact_prefix="$work/" "$work/corpus"
