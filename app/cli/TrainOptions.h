// TrainOptions: the knobs train, compare and eval share (the man page (packaging/litetune-cli.1)), read from the
// command line into a TrainConfig with their ranges checked, and the CLI's TrainingObserver, which prints progress
// lines and engine messages on stderr (stdout keeps only the results).
#pragma once

#include "Arguments.h"

#include "api/TrainConfig.h"
#include "api/Workbench.h"

#include <chrono>
#include <cstdint>
#include <set>
#include <string>

namespace litetune::cli {

// Options that take no value.
std::set<std::string> trainSwitches();

// An integer option, checked against its rule (api/TrainConfigRules.h) before it is narrowed to
// its field's type; the refusal reads as a range refusal of any other option.
std::int64_t ruledInteger(Arguments& args, const std::string& name, std::int64_t fallback);

// --model, --adapter, --data, columns, splits, limits, --max-length, --eval-batch-size, --seed.
void readDataOptions(Arguments& args, TrainConfig& config);
// --device, --precision, --threads.
void readRuntimeOptions(Arguments& args, TrainConfig& config);
// Every training knob (epochs, lr, batch, LoRA, evaluation cadence, early stopping, ...).
void readTrainingOptions(Arguments& args, TrainConfig& config);

// One run's results as "Metric   value" lines (the reference table's rows, report/MetricTable).
std::string metricsText(const RunResult& result);

// `text` as one shell word (single-quoted unless it is plain), for hints a user pastes.
std::string shellQuoted(const std::string& text);

class StderrProgress : public TrainingObserver {
public:
    void started(const TrainConfig& config, const std::string& runDir) override;
    void progressed(const Progress& progress) override;
    void evaluated(const EvalReport& report) override;
    void logged(const std::string& line) override;

private:
    std::chrono::steady_clock::time_point m_lastLine{};
    std::string m_lastPhase;
};

} // namespace litetune::cli
