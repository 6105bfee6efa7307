#!/usr/bin/env bash
# litetune-cli --version names LiteTune, LibTorch, a real BLAS (not the reference one) and the CPU.
set -euo pipefail
out=$("$LITETUNE_CLI" --version)
echo "$out"
grep -q '^LiteTune [0-9]' <<<"$out"
grep -q '^LibTorch [0-9]' <<<"$out"
grep -q '^BLAS: OpenBLAS' <<<"$out" || { echo "FAIL: OpenBLAS is not the BLAS in use"; exit 1; }
grep -q '^  cpu ' <<<"$out"
status=0; "$LITETUNE_CLI" no-such-verb 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "FAIL: unknown verb gave status $status, expected 2"; exit 1; }
