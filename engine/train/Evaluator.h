// Evaluator: runs a model over a tokenized split without gradients and returns the EvalReport
// (loss, accuracy, weighted/macro P/R/F1, per-class scores, confusion, Trainer timings). Batches
// keep file order in windows sorted by length (little padding); per-example predictions are
// streamed to predictions.csv in split order as each window completes. It never keeps logits.
// Cancellation is checked every batch (Error of kind Cancelled).
// Reference: transformers trainer.py evaluate/evaluation_loop; docs/formats.md §6.5.
#pragma once

#include "api/Results.h"
#include "api/Workbench.h"
#include "device/DevicePrecision.h"
#include "model/Gpt2.h"
#include "train/EncodedSplit.h"

#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

struct EvalOptions {
    int batchSize = 8;
    std::int64_t padId = 50256;
    std::vector<std::string> labelNames;                // the model's classes, in id order
    std::filesystem::path predictionsFile;              // empty: no predictions.csv
    std::vector<SamplePrediction>* collected = nullptr; // also append every prediction here (sharded evaluation)
    std::int64_t step = 0;
    double epoch = 0.0;
};

EvalReport evaluateSplit(Gpt2ForSequenceClassification& model, const EncodedSplit& split, const DevicePrecision& exec,
                         const EvalOptions& options, TrainingObserver* observer, RunControl* control);

} // namespace litetune
