#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo pass their validators (no network access), and the
# man page renders without a single groff/man warning. desktop-file-validate and man print their
# warnings but still exit 0, so any output from them fails the test here.
set -euo pipefail
dir=$1
fail() { echo "FAIL: $*"; exit 1; }

out=$(desktop-file-validate "$dir/org.litetune.LiteTune.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate warns: $out"

appstreamcli validate --no-net "$dir/org.litetune.LiteTune.metainfo.xml"

# A fixed width and locale, so line-breaking warnings do not depend on the terminal running ctest.
warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l -Tutf8 -Z "$dir/litetune-cli.1" 2>&1 >/dev/null) ||
    fail "man could not render litetune-cli.1: $warnings"
[ -z "$warnings" ] || fail "litetune-cli.1 renders with warnings:"$'\n'"$warnings"
echo "desktop file, metainfo and man page are valid"
