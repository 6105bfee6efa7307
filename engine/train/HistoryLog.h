// HistoryLog: the rows of history.csv — one per optimizer step (step, epoch, loss, learning_rate,
// grad_norm) with the evaluation metrics on the rows where an evaluation happened. Kept in memory
// (a few thousand rows) and written whole, atomically, at evaluations, checkpoints and the end.
#pragma once

#include "api/Results.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct HistoryRow {
    std::int64_t step = 0;
    double epoch = 0.0;
    std::optional<double> loss;
    std::optional<double> learningRate;
    std::optional<double> gradNorm;
    std::optional<double> evalLoss, evalAccuracy, evalF1, evalPrecision, evalRecall, evalF1Macro;
};

class HistoryLog {
public:
    void addStep(std::int64_t step, double epoch, double loss, double learningRate, double gradNorm);
    // Puts the evaluation on the row of its step (appending one when the step has none yet).
    void addEval(const EvalReport& report);

    const std::vector<HistoryRow>& rows() const { return m_rows; }
    std::string csv() const;
    void save(const std::filesystem::path& file) const;
    static HistoryLog load(const std::filesystem::path& file); // BadInput naming the line when malformed

private:
    HistoryRow& rowFor(std::int64_t step, double epoch);
    std::vector<HistoryRow> m_rows;
};

} // namespace litetune
