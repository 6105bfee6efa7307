// RunHistory: a run folder's history.csv as plain values, for readers outside the engine (the
// GUI's curve overlays). The engine's HistoryLog (engine/train/HistoryLog.h) writes and parses the
// file; this header gives its rows a name that callers without the engine's headers can use.
// No LibTorch in this header.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace litetune {

// One row of history.csv: an optimizer step, an evaluation, or both at the same step. Empty
// cells stay empty, so a row may carry training or evaluation values alone.
struct HistoryPoint {
    std::int64_t step = 0;
    double epoch = 0.0;
    std::optional<double> loss;
    std::optional<double> learningRate;
    std::optional<double> gradNorm;
    std::optional<double> evalLoss, evalAccuracy, evalF1, evalPrecision, evalRecall, evalF1Macro;
};

// The rows of RUN_DIR/history.csv in file order. Error (BadInput) naming the file, and the line
// when one is malformed, for a missing, unreadable or damaged file.
std::vector<HistoryPoint> readRunHistory(const std::filesystem::path& runDir);

} // namespace litetune
