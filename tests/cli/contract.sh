#!/usr/bin/env bash
# One contract: the man page's OPTIONS section is exactly what `litetune-cli VERB --help` prints
# (tools/man-options), which the option table generates; every option a verb's --help lists is
# one its parser takes; every verb is in the man page's VERBS and in docs/cli.md's table of verbs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${LITETUNE_CLI:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LITETUNE_RUNS="$tmp/runs" LITETUNE_CACHE="$tmp/cache"
page=$root/packaging/litetune-cli.1

sed -n '/^\.\\" BEGIN GENERATED OPTIONS/,/^\.\\" END GENERATED OPTIONS/p' "$page" | sed '1d;$d' >"$tmp/committed"
"$root/tools/man-options" "$cli" >"$tmp/generated"
diff -u "$tmp/committed" "$tmp/generated" >"$tmp/diff" ||
    { echo "FAIL: the man page's OPTIONS differ from --help; run tools/update-man-page"; head -40 "$tmp/diff"; exit 1; }

verbs=$("$cli" --help | sed -n '/^verbs:/,/^$/p' | awk 'NR > 1 && $1 != "--version" && NF { print $1 }')
checked=0
for verb in $verbs; do
    grep -qE "^\| \`$verb[\` ]" "$root/docs/cli.md" || { echo "FAIL: docs/cli.md's verbs lack $verb"; exit 1; }
    grep -qE "^\.B(I)? \"?$verb( |\"|\$)" "$page" || { echo "FAIL: the man page's VERBS lack $verb"; exit 1; }
    [ "$verb" = bench ] && continue # sub-verbs: bench tokenize|train|eval parse their own options
    for flag in $("$cli" "$verb" --help | grep -oE '^  --[a-z0-9-]+' | sed 's/^  --//' | sort -u); do
        status=0
        "$cli" "$verb" "--$flag" 1 </dev/null >/dev/null 2>"$tmp/err" || status=$?
        if grep -q "unknown option --$flag\b" "$tmp/err"; then
            echo "FAIL: $verb --help lists --$flag, but $verb refuses it as unknown"
            exit 1
        fi
        checked=$((checked + 1))
    done
done
echo "contract: man page = --help; $checked listed options all taken by their parsers"
