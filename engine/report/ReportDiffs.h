// ReportDiffs: the run-to-run diffs a report shows in "What changed between runs" — which run each
// run is compared with, the diff itself (api/RunDiff.h), its plots and the texts of its samples, or
// the one-line reason there is none (another dataset, no predictions.csv). Built once by ReportModel;
// the writers (DiffSection) only read it.
#pragma once

#include "api/Report.h" // ReportPlot, RunResult
#include "api/RunDiff.h"
#include "report/SvgWriter.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace litetune {

struct ReportDiff {
    std::size_t runA = 0, runB = 0; // the report's runs: B compared with its reference A
    std::string title;              // "LoRA vs Full fine-tune" (the report's column names)
    std::string refusal;            // why there is no diff; empty when `diff` holds it
    RunDiff diff;
    std::shared_ptr<const std::vector<std::string>> texts; // the split's texts by index; may be empty
    ReportPlot matrix;                                     // difference matrix (B − A)
    ReportPlot f1Delta;                                    // per-class F1, B − A

    std::string text(std::int64_t index) const; // the sample's text, empty when unknown
};

// Each run after the first with its reference, as (reference, run): a full fine-tune against the
// first base evaluation before it, a LoRA, head or BitFit run against the first full fine-tune
// before it (compare's base → full → LoRA reads "Full fine-tune vs Base", "LoRA vs Full
// fine-tune"), every other run against the first run.
std::vector<std::pair<std::size_t, std::size_t>> diffPairs(const std::vector<RunResult>& runs);

// The diffs of a report with two or more runs (none for one run). `columns` names the runs;
// `axisLabel` draws a label name on the plots' axes (ReportModel::axisLabel).
std::vector<ReportDiff> buildReportDiffs(const std::vector<RunResult>& runs, const std::vector<std::string>& columns,
                                         const std::function<SvgLabel(const std::string&)>& axisLabel);

} // namespace litetune
