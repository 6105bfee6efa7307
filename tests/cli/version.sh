#!/usr/bin/env bash
# litetune-cli --version names LiteTune, LibTorch, a real BLAS (not the reference one) and the CPU.
set -euo pipefail
out=$("$LITETUNE_CLI" --version)
echo "$out"
grep -q '^LiteTune [0-9]' <<<"$out"
grep -q '^LibTorch [0-9]' <<<"$out"
if [ "${LITETUNE_EXPECT_CUDA:?set by tests/cli/CMakeLists.txt}" = 1 ]; then
    # A CUDA wheel's LibTorch: its CPU BLAS is linked in (MKL), never cuBLAS or the reference one.
    grep -q '^BLAS: built into LibTorch (mkl)' <<<"$out" || { echo "FAIL: expected the wheel's MKL as BLAS"; exit 1; }
    grep -q '^CUDA: compiled in (CUDA [0-9]' <<<"$out" || { echo "FAIL: CUDA not reported as compiled in"; exit 1; }
else
    grep -q '^BLAS: OpenBLAS' <<<"$out" || { echo "FAIL: OpenBLAS is not the BLAS in use"; exit 1; }
    grep -q '^CUDA: not compiled in' <<<"$out" || { echo "FAIL: CUDA reported for a CPU-only LibTorch"; exit 1; }
fi
grep -q '^  cpu ' <<<"$out"
status=0; "$LITETUNE_CLI" no-such-verb 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "FAIL: unknown verb gave status $status, expected 2"; exit 1; }
