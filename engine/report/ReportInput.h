// ReportInput: everything a report is made from — the runs (as loadRun/runComparison return
// them), the dataset's label glyphs and counts, the runtime the runs were made on, a title and a
// date. Plain values; the report reads each run's folder (RunResult::runDir) for history.csv,
// run.json, predictions.csv and adapter/ when they are there, and does without them otherwise.
#pragma once

#include "api/Reports.h"
#include "api/RuntimeInfo.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace litetune {

struct ReportInput {
    std::vector<RunResult> runs; // columns, in this order; at least one

    // Label name → display glyph ("red_heart" → "❤️"). A name not listed here gets
    // EmojiTable::glyphForLabel(name); map a name to "" to show it without a glyph.
    std::map<std::string, std::string> labelGlyphs;
    // Label name → number of examples in the dataset, for the label-distribution chart. Empty: the
    // chart shows the first run's evaluation support instead.
    std::map<std::string, std::int64_t> labelCounts;
    std::string labelCountsSource = "dataset"; // what labelCounts counted, e.g. "training split"

    RuntimeInfo runtime; // environment section; fill with runtimeInfo() (engine)
    std::string title = "LiteTune report";
    std::string createdAt; // shown as the report's date; empty: now, ISO 8601 UTC
};

} // namespace litetune
