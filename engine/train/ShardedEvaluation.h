// ShardedEvaluation: one evaluation split across the workers of a data-parallel run. Each worker
// evaluates a contiguous share of the rows; the per-row predictions (a causal LM's loss sums) are
// gathered, so every worker ends with the same report one process would compute, and rank 0 alone
// writes predictions.csv. Not cancellable mid-way: a cancel is agreed between steps (Trainer).
#pragma once

#include "api/Results.h"
#include "device/DevicePrecision.h"
#include "distributed/WorkerGroup.h"
#include "model/Gpt2.h"
#include "train/EncodedSplit.h"
#include "train/Evaluator.h"

namespace litetune {

EvalReport evaluateSharded(WorkerGroup& group, Gpt2ForSequenceClassification& model, const EncodedSplit& split,
                           const DevicePrecision& exec, const EvalOptions& options, Task task,
                           TrainingObserver* observer);

// Rows [begin, end) of `split`, the share of worker `rank` of `size`.
EncodedSplit splitShare(const EncodedSplit& split, int rank, int size, std::int64_t* begin = nullptr);

} // namespace litetune
