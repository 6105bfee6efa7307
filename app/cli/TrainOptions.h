// TrainOptions: the options train, compare and eval share (the man page (packaging/litetune-cli.1)), read from the
// command line into a TrainConfig through the engine's option table with their ranges checked, and the CLI's
// TrainingObserver, which prints progress lines and engine messages on stderr (stdout keeps only the results).
#pragma once

#include "Arguments.h"

#include "api/OptionTable.h"
#include "api/TrainConfig.h"
#include "api/Workbench.h"

#include <chrono>
#include <set>
#include <string>

namespace litetune::cli {

// The options that take no value: the table's switches.
std::set<std::string> optionSwitches();

// Reads `option` from the command line into `config` when it is given (or refuses its absence when
// `required`), refusing a malformed or out-of-range value with the engine's words: "option --FLAG
// expects ...". Returns whether it was given.
bool readOption(Arguments& args, const OptionSpec& option, TrainConfig& config, bool required = false);

// --model and --data (required), --adapter and the options every evaluation uses (columns, splits,
// limits, --max-length, --eval-batch-size, --seed, row handling).
void readDataOptions(Arguments& args, TrainConfig& config);
// The options that split a single file into train/validation/test: train and compare take them;
// eval keeps its data whole (a single file) or as its folder splits it, so it refuses them.
bool splitsData(const OptionSpec& option);
void rejectSplitOptions(Arguments& args, const char* verb);
// --device, --precision, --threads.
void readRuntimeOptions(Arguments& args, TrainConfig& config);
// Every training and LoRA knob (epochs, lr, batch, evaluation cadence, early stopping, ...).
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
