#!/usr/bin/env bash
# litetune-cli tokenize reproduces every id list of the shared GPT-2 vectors (tiktoken's
# encode_ordinary), recognises "<|endoftext|>" only when asked, rejects bad input lines with
# exit status 2 naming the line; `bench tokenize` prints its JSON line with the corpus's counts.
set -euo pipefail
python=/usr/bin/python3
vectors="$LITETUNE_SHARED/reference/tokenizer/gpt2-vectors.jsonl"
gpt2="$LITETUNE_SHARED/reference/gpt2-tokenizer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The built-in byte-level vocabulary needs no shared data.
out=$(printf '{"text": "!", "label": 3}\n{"text": "a<|endoftext|>"}\n' | "$LITETUNE_CLI" tokenize --model demo)
[ "$out" = $'{"ids":[0]}\n{"ids":[64,27,91,68,77,67,78,69,83,68,87,83,91,29]}' ] || fail "demo tokenize gave: $out"
out=$(printf '{"text": "a<|endoftext|>"}\n' | "$LITETUNE_CLI" tokenize --model demo --recognize-special)
[ "$out" = '{"ids":[64,256]}' ] || fail "demo --recognize-special gave: $out"

# Bad input: exit status 2 and a message naming the line.
status=0
printf '{"text":"ok"}\nnot json\n' | "$LITETUNE_CLI" tokenize --model demo >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a non-JSON line gave status $status, expected 2"
grep -q 'stdin line 2 is not valid JSON' "$tmp/err" || fail "unexpected message: $(cat "$tmp/err")"
status=0
printf '{"txt":"x"}\n' | "$LITETUNE_CLI" tokenize --model demo >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a line without \"text\" gave status $status, expected 2"
grep -q 'stdin line 1: expected a JSON object with a string field "text"' "$tmp/err" || fail "unexpected message: $(cat "$tmp/err")"
status=0
"$LITETUNE_CLI" tokenize --model "$tmp/no-such-model" </dev/null >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a missing model folder gave status $status, expected 2"
grep -q 'no-such-model' "$tmp/err" || fail "unexpected message: $(cat "$tmp/err")"

# bench tokenize: one JSON line whose counts describe the corpus (timings are not checked).
printf 'hello world\n\xc3\xa9t\xc3\xa9\n\nlast' > "$tmp/corpus.txt"
"$LITETUNE_CLI" bench tokenize --model demo --corpus "$tmp/corpus.txt" --reps 3 > "$tmp/bench.json"
$python - "$tmp/bench.json" <<'PY' || fail "bench tokenize printed: $(cat "$tmp/bench.json")"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 1, lines
result = json.loads(lines[0])
assert list(result) == ["bytes", "tokens", "median_s", "bytes_per_s", "tokens_per_s"], result
assert result["bytes"] == 11 + 5 + 0 + 4 and result["tokens"] == 20, result  # byte-level: one token per byte
assert result["median_s"] > 0 and result["bytes_per_s"] > 0, result
PY
status=0
"$LITETUNE_CLI" bench tokenize --model demo --corpus "$tmp/corpus.txt" --reps 0 >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "--reps 0 gave status $status, expected 2"

if [ ! -f "$vectors" ] || [ ! -f "$gpt2/vocab.json" ]; then
    [ "${LITETUNE_REQUIRE_SHARED:-}" = 1 ] && fail "shared fixtures missing under $LITETUNE_SHARED"
    echo "SKIP: shared fixtures missing under '$LITETUNE_SHARED', the GPT-2 vectors did not run (set LITETUNE_SHARED)"
    exit 77 # SKIP_RETURN_CODE: the checks above passed, these did not run
fi

# Every vector (the "ids" key is ignored on input) against its reference ids.
"$LITETUNE_CLI" tokenize --model "$gpt2" < "$vectors" > "$tmp/ids.jsonl"
$python - "$vectors" "$tmp/ids.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    expected = [json.loads(line) for line in f]
with open(sys.argv[2], encoding="utf-8") as f:
    got = [json.loads(line) for line in f]
if len(got) != len(expected):
    sys.exit(f"FAIL: {len(got)} output lines for {len(expected)} input lines")
wrong = [i for i, (e, g) in enumerate(zip(expected, got)) if g != {"ids": e["ids"]}]
for i in wrong[:5]:
    print(f"line {i + 1}: {expected[i]['text'][:60]!r}\n  expected {expected[i]['ids'][:20]}\n  got      {got[i]['ids'][:20]}")
if wrong:
    sys.exit(f"FAIL: {len(wrong)} of {len(expected)} vectors differ")
print(f"all {len(expected)} vectors match")
PY

# Recognised special token on the real vocabulary; --special-as-text is the default, spelled out.
out=$(printf '{"text":"a<|endoftext|>b"}\n' | "$LITETUNE_CLI" tokenize --model "$gpt2" --recognize-special)
[ "$out" = '{"ids":[64,50256,65]}' ] || fail "--recognize-special gave: $out"
out=$(printf '{"text":"<|endoftext|>"}\n' | "$LITETUNE_CLI" tokenize --model "$gpt2" --special-as-text)
[ "$out" = '{"ids":[27,91,437,1659,5239,91,29]}' ] || fail "--special-as-text gave: $out"
echo "tokenize: all checks passed"
