# Sourced by CLI test scripts: a scratch folder $tmp removed at exit, LiteTune's runs and caches
# kept inside it, $cli the litetune-cli under test, $py the system Python; and
# expect_refusal WORDS COMMAND..., which fails the test unless COMMAND exits 2 (bad input) with
# WORDS (fixed text) on stderr; and write_topics_csv FILE, a learnable 120-row text,label CSV of
# three topics (fruit, tool, animal).
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

write_topics_csv() {
    "$py" - "$1" <<'PY'
import sys
words = [["apple", "pear", "plum", "fig"], ["hammer", "saw", "drill", "wrench"], ["otter", "lynx", "heron", "mole"]]
labels = ["fruit", "tool", "animal"]
with open(sys.argv[1], "w") as f:
    f.write("text,label\n")
    for i in range(120):
        f.write(f"{words[i % 3][i % 4]} number {i},{labels[i % 3]}\n")
PY
}
