// HistoryLog: the rows of history.csv — one per optimizer step (step, epoch, loss, learning_rate,
// grad_norm) with the evaluation metrics on the rows where an evaluation happened. Kept in memory
// (a few thousand rows) and written whole, atomically, at evaluations, checkpoints and the end.
#pragma once

#include "api/Results.h"
#include "api/RunHistory.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

// The api's row type, so what readRunHistory hands out is exactly what the trainer wrote.
using HistoryRow = HistoryPoint;

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
