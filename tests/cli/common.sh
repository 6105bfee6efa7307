# Sourced by CLI test scripts: a scratch folder $tmp removed at exit, LiteTune's runs and caches
# kept inside it, $cli the litetune-cli under test, $py the system Python; and
# expect_refusal WORDS COMMAND..., which fails the test unless COMMAND exits 2 (bad input) with
# WORDS (fixed text) on stderr.
set -euo pipefail
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LITETUNE_CACHE="$tmp/cache" LITETUNE_RUNS="$tmp/runs"
cli=${LITETUNE_CLI:?}

expect_refusal() {
    local words=$1 status=0
    shift
    "$@" >/dev/null 2>"$tmp/refused.txt" || status=$?
    [ "$status" = 2 ] && grep -qF -- "$words" "$tmp/refused.txt" ||
        { echo "FAIL: '$*' gave status $status, expected 2 naming '$words': $(cat "$tmp/refused.txt")"; exit 1; }
}
