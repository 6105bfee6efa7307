// Workbench: the engine's front door for the GUI and the CLI. Runs evaluations, fine-tunes and
// comparisons, predicts, and lists the runs on disk. Every call blocks its caller (the GUI calls
// it from its worker thread); progress leaves through TrainingObserver, cancellation and pause
// come in through RunControl, polled every optimizer step.
#pragma once

#include "api/Distributed.h"
#include "api/ExistingFolder.h"
#include "api/Results.h"
#include "api/TrainConfig.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void started(const TrainConfig& /*config*/, const std::string& /*runDir*/) {}
    virtual void progressed(const Progress& /*progress*/) {}
    virtual void evaluated(const EvalReport& /*report*/) {}
    virtual void logged(const std::string& /*line*/) {}
};

struct RunControl {
    std::atomic<bool> cancelRequested{false};
    std::atomic<bool> paused{false};
};

// Runs one method (Evaluate = base evaluation) and writes its run folder.
RunResult runMethod(const TrainConfig& config, TrainingObserver& observer, RunControl& control);

// One worker of a data-parallel run at `place` (workerPlaceFromEnvironment; worldSize 1: the call
// above). It joins the other workers, trains its share of every global batch of config.batchSize ×
// place.worldSize rows on cuda:LOCAL_RANK (or the CPU with its share of the cores), and returns the
// run's result; rank 0 alone writes the run folder (result.runDir names it on every rank). A cancel
// on any worker stops all at the same step; a worker that dies ends the others with an Error naming
// the last checkpoint. docs/distributed.md.
RunResult runMethod(const TrainConfig& config, TrainingObserver& observer, RunControl& control,
                    const WorkerPlace& place);

// Base evaluation, full fine-tune and LoRA in a row, sharing data and settings.
std::vector<RunResult> runComparison(const TrainConfig& config, TrainingObserver& observer, RunControl& control);

// The eval verb: strict label mapping, the dataset's single file evaluated whole; no run folder.
// With an outDir, metrics.json and predictions.csv go there as an "evaluation" folder (refused
// before any work when the folder holds other files; `existing` for one an earlier eval wrote).
EvalReport evaluateModel(const TrainConfig& config, const std::filesystem::path& outDir, TrainingObserver& observer,
                         RunControl& control, ExistingFolder existing = ExistingFolder::Refuse);

// Top-k labels with probabilities for each text.
std::vector<std::vector<LabelScore>> predictTexts(const std::string& modelPath, const std::string& adapterPath,
                                                  const std::vector<std::string>& texts, int topK);

// Where runs live by default: $LITETUNE_RUNS, else $XDG_DATA_HOME/LiteTune/runs, else
// ~/.local/share/LiteTune/runs (the same folder Qt's AppDataLocation names).
std::filesystem::path defaultRunsRoot();
std::vector<RunResult> listRuns(const std::filesystem::path& runsRoot);
RunResult loadRun(const std::filesystem::path& runDir);
std::vector<SamplePrediction> loadPredictions(const std::filesystem::path& runDir);

} // namespace litetune
