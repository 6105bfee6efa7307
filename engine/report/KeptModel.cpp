// Which weights a run kept (KeptModel.h, api/Report.h).
#include "report/KeptModel.h"

#include "api/Report.h"

#include <cstdio>

namespace litetune {

namespace {

std::string fourDecimals(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

} // namespace

std::string keptModelText(const RunResult& run) {
    if (run.config.method == Method::Evaluate || run.globalStep <= 0)
        return {};
    const std::string best = run.config.metricForBestModel + " " + fourDecimals(run.bestMetric);
    if (run.bestModelLoaded && run.bestGlobalStep >= 0)
        return "step " + std::to_string(run.bestGlobalStep) + ", best " + best + " (load_best_model_at_end)";
    std::string text = "last step " + std::to_string(run.globalStep);
    if (run.bestGlobalStep >= 0 && run.bestGlobalStep != run.globalStep)
        text += " (best " + best + " was at step " + std::to_string(run.bestGlobalStep) + ")";
    return text;
}

std::string keptModelNote(const std::vector<RunResult>& runs, const std::vector<std::string>& columns) {
    bool anyBest = false;
    for (const RunResult& run : runs)
        anyBest = anyBest || run.bestGlobalStep >= 0;
    if (!anyBest)
        return {};
    std::string note;
    for (std::size_t i = 0; i < runs.size() && i < columns.size(); ++i) {
        const std::string kept = keptModelText(runs[i]);
        if (!kept.empty())
            note += (note.empty() ? "Kept: " : "; ") + columns[i] + ": " + kept;
    }
    return note.empty() ? note : note + ".";
}

} // namespace litetune
