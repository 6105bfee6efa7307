// CausalLmEvaluator: a causal LM's loss over packed blocks (CausalLmBlocks) without gradients —
// eval_loss is the mean next-token cross-entropy over every predicted token, perplexity its
// exponential, as transformers' run_clm.py reports them (with equal blocks, the Trainer's mean of
// batch means is the same number). Blocks go in split order; cancellation is checked every batch
// (Error of kind Cancelled) and progress reported as phase "eval".
#pragma once

#include "api/Results.h"
#include "api/Workbench.h"
#include "device/DevicePrecision.h"
#include "model/Gpt2.h"
#include "train/EncodedSplit.h"
#include "train/Evaluator.h"

namespace litetune {

EvalReport evaluateCausalLm(Gpt2ForSequenceClassification& model, const EncodedSplit& split,
                            const DevicePrecision& exec, const EvalOptions& options, TrainingObserver* observer,
                            RunControl* control);

} // namespace litetune
