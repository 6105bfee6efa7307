#!/usr/bin/env bash
# The .desktop file and the AppStream metainfo pass their validators (no network access).
set -euo pipefail
dir=$1
desktop-file-validate "$dir/org.litetune.LiteTune.desktop"
appstreamcli validate --no-net "$dir/org.litetune.LiteTune.metainfo.xml"
man --warnings -E UTF-8 -l -Tutf8 -Z "$dir/litetune-cli.1" >/dev/null
echo "desktop file, metainfo and man page are valid"
