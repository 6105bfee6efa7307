#!/usr/bin/env bash
# Tokenizer throughput: `litetune-cli bench tokenize` against two anchors, in one run, on the same
# corpus under the same protocol (app/cli/BenchTokenize.cpp: one encode call per line, one thread,
# one untimed warm-up pass, median of N timed passes):
#   tiktoken    OpenAI's tiktoken (Rust core, Python binding), GPT-2 encoding built offline from
#               the shared vocab.json + merges.txt, encode_ordinary          (anchors.py)
#   tokenizers  Hugging Face tokenizers (Rust), GPT-2 BPE from the same files  (anchors.py)
# Each prints one JSON line {bytes, tokens, median_s, bytes_per_s, tokens_per_s}; the byte and
# token counts of all three must agree, or the run fails. Prints a Markdown table with ratios.
# Not a test: figures go to docs/benchmarks.md ("Tokenizer"), measured on a quiet machine.
#
# Usage: tests/bench/tokenizer/run.sh [CLI] [--corpus FILE] [--model DIR] [--reps N] [--rounds N]
# Environment:
#   LITETUNE_CLI     litetune-cli to measure (else CLI, else build/release, build/modern, build/tok)
#   PYTHON           interpreter for anchors.py (default: the project venv, .venv/bin/python, or
#                    $LITETUNE_VENV/bin/python; packaging/install-python creates it)
#   LITETUNE_SHARED  shared data (default ../shared beside the checkout)
#   REPS (5), ROUNDS (1: each round runs the three tools once, the order rotating per round;
#   the table takes each tool's median over rounds)
#   SMOKE=1          plumbing check in seconds: the first 2,000 lines, REPS=1, ROUNDS=1
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
shared=${LITETUNE_SHARED:-$root/../shared}
smoke=${SMOKE:-0}
cli=${LITETUNE_CLI:-}
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then cli=$1; shift; fi
corpus="$shared/data/tweeteval-emoji/train_text.txt"
model="$shared/reference/gpt2-tokenizer"
reps=${REPS:-5}
rounds=${ROUNDS:-1}
if [ "$smoke" = 1 ]; then reps=${REPS:-1}; rounds=${ROUNDS:-1}; fi
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus=${2:?--corpus needs a file}; shift 2 ;;
        --model) model=${2:?--model needs a folder}; shift 2 ;;
        --reps) reps=${2:?--reps needs a count}; shift 2 ;;
        --rounds) rounds=${2:?--rounds needs a count}; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "tokenizer/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

if [ -z "$cli" ]; then
    for candidate in "$root/build/release/app/litetune-cli" "$root/build/modern/app/litetune-cli" \
        "$root/build/tok/app/litetune-cli"; do
        [ -x "$candidate" ] && { cli=$candidate; break; }
    done
fi
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
    echo "tokenizer/run.sh: no litetune-cli (set LITETUNE_CLI or pass its path; looked in build/release, build/modern, build/tok)" >&2
    exit 2
fi
venv=${LITETUNE_VENV:-$root/.venv}
py=${PYTHON:-}
if [ -z "$py" ]; then
    [ -x "$venv/bin/python" ] || { echo "tokenizer/run.sh: no $venv/bin/python (run packaging/install-python, or set PYTHON)" >&2; exit 2; }
    py=$venv/bin/python
fi
missing=$("$py" -c 'import importlib.util as u; print(" ".join(m for m in ("tiktoken", "tokenizers") if u.find_spec(m) is None))') ||
    { echo "tokenizer/run.sh: $py does not run" >&2; exit 2; }
[ -z "$missing" ] || { echo "tokenizer/run.sh: $py lacks $missing (packaging/install-python installs the pinned versions)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "tokenizer/run.sh: no corpus $corpus (set LITETUNE_SHARED or --corpus)" >&2; exit 2; }
for f in vocab.json merges.txt; do
    [ -f "$model/$f" ] || { echo "tokenizer/run.sh: no $model/$f (set LITETUNE_SHARED or --model)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$smoke" = 1 ]; then
    head -n 2000 "$corpus" >"$work/corpus.txt"
    corpus=$work/corpus.txt
fi
# One thread for every tool (tokenizers' and tiktoken's pools read these; LiteTune's bench is
# single-threaded by construction).
export RAYON_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false OMP_NUM_THREADS=1

versions=$("$py" -c 'import tiktoken, tokenizers; print("tiktoken %s|tokenizers %s" % (tiktoken.__version__, tokenizers.__version__))')
# nproc --all: plain nproc would report OMP_NUM_THREADS, set to 1 above
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc --all) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$( [ -n "$(git -C "$root" status --porcelain 2>/dev/null | head -n 1)" ] && echo ' + uncommitted changes')"
echo "litetune: $cli ($("$cli" --version | head -n 2 | paste -sd ',' | sed 's/,/, /'))"
echo "anchors: ${versions//|/, } ($py)"
echo "corpus: $corpus ($(wc -l <"$corpus") lines); reps $reps; rounds $rounds${SMOKE:+; SMOKE=$smoke}"

tools=(litetune tiktoken tokenizers)
: >"$work/results"
for round in $(seq "$rounds"); do
    for i in 0 1 2; do
        # rotate the order each round, so slow drift of the machine's load hits every tool
        tool=${tools[$(( (i + round - 1) % 3 ))]}
        case $tool in
            litetune) line=$("$cli" bench tokenize --model "$model" --corpus "$corpus" --reps "$reps") ;;
            *) line=$("$py" "$here/anchors.py" --engine "$tool" --tokenizer "$model" --corpus "$corpus" --reps "$reps" 2>"$work/$tool.err") ||
                { cat "$work/$tool.err" >&2; echo "tokenizer/run.sh: anchors.py --engine $tool failed" >&2; exit 1; } ;;
        esac
        printf '%-10s round %d  %s\n' "$tool" "$round" "$line"
        printf '%s\t%s\n' "$tool" "$line" >>"$work/results"
    done
done

echo
"$py" - "$work/results" "$versions" <<'EOF'
import json, statistics, sys

rows = {}
for raw in open(sys.argv[1], encoding="utf-8"):
    tool, _, line = raw.rstrip("\n").partition("\t")
    rows.setdefault(tool, []).append(json.loads(line))
counts = {(r["bytes"], r["tokens"]) for results in rows.values() for r in results}
if len(counts) != 1:
    sys.exit("tokenizer/run.sh: the tools disagree on the corpus: %s" % json.dumps(
        {tool: sorted({(r["bytes"], r["tokens"]) for r in results}) for tool, results in rows.items()}))
(nbytes, ntokens), = counts
versions = dict(v.split(" ", 1) for v in sys.argv[2].split("|"))
label = {"litetune": "LiteTune (`litetune-cli bench tokenize`)",
         "tiktoken": "tiktoken %s (Rust, Python binding, `encode_ordinary`)" % versions["tiktoken"],
         "tokenizers": "HF tokenizers %s (Rust, Python binding, `encode`)" % versions["tokenizers"]}
median = {tool: statistics.median(r["median_s"] for r in results) for tool, results in rows.items()}
print("%d bytes, %d tokens, agreed by all three; each figure the median over %d round(s) of the median of the timed passes"
      % (nbytes, ntokens, len(rows["litetune"])))
print()
print("| tokenizer | median s | MB/s | Mtokens/s | LiteTune ÷ this |")
print("|---|---|---|---|---|")
for tool in ("litetune", "tiktoken", "tokenizers"):
    s = median[tool]
    print("| %s | %.4f | %.2f | %.3f | %s |" % (label[tool], s, nbytes / s / 1e6, ntokens / s / 1e6,
                                               "—" if tool == "litetune" else "%.2f×" % (s / median["litetune"])))
ratio = median["tiktoken"] / median["litetune"]
print()
print("aim: LiteTune ≥ 3× tiktoken: %.2f× — %s" % (ratio, "met" if ratio >= 3 else "NOT met"))
EOF
