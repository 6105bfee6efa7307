// The run-to-run diffs of a report (see ReportDiffs.h).
#include "report/ReportDiffs.h"

#include "report/SvgDeltaBars.h"
#include "report/SvgDifferenceMatrix.h"
#include "util/Error.h"

#include <map>

namespace litetune {

namespace {

// The first run before `before` made with `method`, or `before` when there is none.
std::size_t firstWith(const std::vector<RunResult>& runs, std::size_t before, Method method) {
    for (std::size_t j = 0; j < before; ++j)
        if (runs[j].config.method == method)
            return j;
    return before;
}

} // namespace

std::string ReportDiff::text(std::int64_t index) const {
    if (!texts || index < 0 || static_cast<std::size_t>(index) >= texts->size())
        return {};
    return (*texts)[static_cast<std::size_t>(index)];
}

std::vector<std::pair<std::size_t, std::size_t>> diffPairs(const std::vector<RunResult>& runs) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        std::size_t reference = i;
        switch (runs[i].config.method) {
        case Method::Full:
            reference = firstWith(runs, i, Method::Evaluate);
            break;
        case Method::Lora:
        case Method::Head:
        case Method::BitFit:
            reference = firstWith(runs, i, Method::Full);
            break;
        case Method::Evaluate:
            break;
        }
        pairs.emplace_back(reference == i ? 0 : reference, i);
    }
    return pairs;
}

std::vector<ReportDiff> buildReportDiffs(const std::vector<RunResult>& runs, const std::vector<std::string>& columns,
                                         const std::function<SvgLabel(const std::string&)>& axisLabel) {
    std::vector<ReportDiff> diffs;
    // One dataset load per evaluated split: a report's runs nearly always share it.
    std::map<std::string, std::shared_ptr<const std::vector<std::string>>> textsBySplit;
    for (const auto& [a, b] : diffPairs(runs)) {
        ReportDiff item;
        item.runA = a;
        item.runB = b;
        item.title = columns.at(b) + " vs " + columns.at(a);
        if (runs[a].runDir.empty() || runs[b].runDir.empty()) {
            item.refusal = item.title + ": no run folder to read predictions from";
            diffs.push_back(std::move(item));
            continue;
        }
        try {
            item.diff = diffRuns(runs[a].runDir, runs[b].runDir);
        } catch (const Error& error) {
            item.refusal = item.title + ": " + error.what();
            diffs.push_back(std::move(item));
            continue;
        }
        const std::string key = runs[a].config.dataPath + '\n' + item.diff.split;
        auto& texts = textsBySplit[key];
        if (!texts)
            texts = std::make_shared<const std::vector<std::string>>(diffSampleTexts(item.diff));
        item.texts = texts;

        std::vector<SvgLabel> labels;
        std::vector<double> deltas;
        for (std::size_t c = 0; c < item.diff.labels.size(); ++c) {
            labels.push_back(axisLabel(item.diff.labels[c]));
            deltas.push_back(item.diff.f1B[c] - item.diff.f1A[c]);
        }
        const std::string suffix = std::to_string(b + 1) + "-" + std::to_string(a + 1) + ".svg";
        SvgDifferenceMatrix matrix(labels, item.diff.confusionDelta, item.title);
        item.matrix = {"diff-" + suffix,
                       "Confusion difference: " + columns.at(b) + "'s counts minus " + columns.at(a) +
                           "'s (blue fewer, red more; on the diagonal more is better)",
                       matrix.svg(),
                       matrix.width(),
                       matrix.height(),
                       b};
        SvgDeltaBars bars("Per-class F1 change, " + item.title, labels, deltas);
        item.f1Delta = {"diff-f1-" + suffix, "F1 of each label, " + columns.at(b) + " minus " + columns.at(a),
                        bars.svg(),          bars.width(),
                        bars.height(),       b};
        diffs.push_back(std::move(item));
    }
    return diffs;
}

} // namespace litetune
