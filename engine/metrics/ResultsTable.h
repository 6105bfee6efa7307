// ResultsTable: the reference experiment's summary table (design.md) for any number of runs —
// rows Training Loss ... Epoch, plus Macro F1, Trainable Params, Peak Memory and Adapter Size —
// with values formatted as the reference prints them (percentages with two decimals, "1 hr 33
// min", rates with three decimals), and its Markdown form. Rows a run does not have (a base
// evaluation has no training) show an em dash. Pure formatting: it computes no metric.
#pragma once

#include "api/Reports.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct ResultsRow {
    std::string metric;
    std::vector<std::string> values; // one per run
};

std::vector<ResultsRow> resultsTable(const std::vector<RunResult>& runs);
// | Metric | <run names> | ... in GitHub Markdown.
std::string resultsMarkdown(const std::vector<RunResult>& runs);
// The same rows as aligned plain text with one value column (for one run on a terminal).
std::string resultsText(const std::vector<RunResult>& runs);

std::string formatDuration(double seconds);  // "1 hr 33 min", "3 min 28 sec", "12.3 sec"
std::string formatPercent(double fraction);  // 0.4732 -> "47.32%"
std::string formatBytes(std::int64_t bytes); // "512 B", "1.5 MiB", "2.03 GiB"
std::string formatCount(std::int64_t count); // 124439808 -> "124,439,808"

} // namespace litetune
