# Sourced by the CLI test scripts: expect_refusal WORDS COMMAND... runs COMMAND and fails the test
# unless it exits 2 (bad input) with WORDS (fixed text) on stderr. Needs $tmp.
expect_refusal() {
    local words=$1 status=0
    shift
    "$@" >/dev/null 2>"$tmp/refused.txt" || status=$?
    [ "$status" = 2 ] && grep -qF -- "$words" "$tmp/refused.txt" ||
        { echo "FAIL: '$*' gave status $status, expected 2 naming '$words': $(cat "$tmp/refused.txt")"; exit 1; }
}
