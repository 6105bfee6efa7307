#!/usr/bin/env bash
# `litetune-cli VERB --help` works for every verb (exit 0, a usage line naming the verb), and the
# help of train and compare lists every option of the engine's option table
# (engine/config/OptionTable.cpp) that the verb reads, so a new option cannot ship undocumented.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
options_source="$here/../../engine/config/OptionTable.cpp"
for verb in tokenize logits init eval train compare predict export report bench; do
    out=$("$LITETUNE_CLI" "$verb" --help)
    grep -q "^usage: litetune-cli $verb" <<<"$out" || { echo "FAIL: $verb --help has no usage line"; echo "$out"; exit 1; }
    "$LITETUNE_CLI" "$verb" -h >/dev/null || { echo "FAIL: $verb -h failed"; exit 1; }
done
# Every option of the table: its rows begin Row("flag", ...).
mapfile -t options < <(grep -oE 'Row\("[a-z][a-z0-9-]+"' "$options_source" | grep -oE '"[a-z0-9-]+"' | tr -d '"' | sort -u)
[ ${#options[@]} -ge 30 ] || { echo "FAIL: found only ${#options[@]} options in $options_source"; exit 1; }
for verb in train compare; do
    out=$("$LITETUNE_CLI" "$verb" --help)
    for option in "${options[@]}"; do
        # compare runs all three methods in one process and resumes nothing; eval alone takes --split
        case "$verb:$option" in compare:method | compare:task | compare:resume | compare:allow-changed-data | \
            compare:nproc-per-node | *:split) continue ;; esac
        grep -qE -- "--$option\b" <<<"$out" || { echo "FAIL: $verb --help does not mention --$option"; exit 1; }
    done
done
echo "help lists ${#options[@]} options"
# tests/bench/gpu-check reads a verb's flags from its --help: logits must not offer --precision,
# which it does not take (it computes in float32).
if "$LITETUNE_CLI" logits --help | grep -q -- '--precision'; then
    echo "FAIL: logits --help offers --precision"; exit 1
fi
"$LITETUNE_CLI" eval --help | grep -qE -- '--split\b' || { echo "FAIL: eval --help does not mention --split"; exit 1; }
