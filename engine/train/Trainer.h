// Trainer: the fine-tuning loop, read top to bottom like a recipe — next batch, forward, loss /
// accumulation, backward, clip, AdamW step, schedule, zero grad, log, maybe evaluate or
// checkpoint, check cancel and pause. It trains whatever parameters require grad (the method
// decided that) and writes only history.csv, predictions.csv and checkpoints/ into the run folder;
// run.json, metrics.json and the saved model are the Workbench's business.
// Step accounting and logged values follow the Hugging Face Trainer of transformers 5 (docs/formats.md
// §6.4-6.5): the last step of an epoch is the shorter window gradient accumulation leaves over, and
// the logged learning rate is the one the step used. Micro-batch losses are weighted by their row
// counts, so 4 × 8 rows equals 32 rows exactly: the Trainer's num_items_in_batch normalisation, which
// it applies when the loss honours num_items_in_batch (a compute_loss_func). Its default for
// GPT2ForSequenceClassification differs on purpose: that forward() takes **kwargs but ignores
// num_items_in_batch, so the Trainer neither divides by grad_accum nor by the items and sums the
// micro-batch means (grad_accum times the loss and gradient); tests/hf/trainer/test_trajectory.py
// measures both.
// A causal-LM run goes through the same loop; only the loss (next-token cross-entropy through the
// tied head) and the evaluation (loss and perplexity) differ.
// Data parallelism (TrainerSetup::workers, TrainerWorkers.cpp) keeps the recipe: every worker walks
// the same global batches, computes its share, and the gradient sum before the clip makes each
// step the one-process step of the global batch; evaluation is sharded (ShardedEvaluation.h).
// Reference: transformers trainer.py _inner_training_loop, _run_epoch; karpathy/llm.c train_gpt2.c.
#pragma once

#include "api/Results.h"
#include "api/Workbench.h"
#include "device/DevicePrecision.h"
#include "distributed/GradientBuckets.h"
#include "distributed/WorkerGroup.h"
#include "model/Gpt2.h"
#include "train/EncodedSplit.h"
#include "train/Evaluator.h"
#include "train/HistoryLog.h"
#include "train/LengthGrouping.h"
#include "train/LinearSchedule.h"
#include "train/LossScaler.h"
#include "train/Optimization.h"
#include "train/TrainerState.h"

#include <torch/optim.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct TrainerSetup {
    TrainConfig config;
    DevicePrecision exec;
    Gpt2ForSequenceClassification model{nullptr}; // on exec.device, trainable parameters chosen
    const EncodedSplit* train = nullptr;
    const EncodedSplit* eval = nullptr;  // null: no evaluation
    std::vector<std::string> labelNames; // the model's classes
    std::int64_t padId = 50256;
    std::filesystem::path runDir;     // empty: write nothing (tests)
    torch::Tensor classWeights;       // undefined: plain cross-entropy
    Task task = Task::Classification; // CausalLm: `train`/`eval` hold packed blocks, the loss is GPT2LMHeadModel's
    // A data-parallel run's group (null: one process). Each worker trains its share of every global
    // batch of config.batchSize × workers rows; runDir is empty on all but rank 0.
    WorkerGroup* workers = nullptr;
};

struct TrainOutcome {
    TrainerState state;
    StepPlan plan;
    HistoryLog history;
    std::optional<EvalReport> finalEval;
    double trainLoss = 0.0; // mean step loss, the Trainer's train_loss
    bool cancelled = false;
    bool stoppedEarly = false;
    bool loadedBest =
        false; // load_best_model_at_end restored state.bestGlobalStep's weights (or kept the last step's, the best)
};

class Trainer {
public:
    Trainer(TrainerSetup setup, TrainingObserver& observer, RunControl& control);

    // Continues from a checkpoint folder (weights, optimizer, counters, history) on the next run().
    void resumeFrom(const std::filesystem::path& checkpointDir);
    TrainOutcome run();

    // One step's forward and backward: each micro-batch's mean loss, weighted by its share of the
    // step's rows, is backpropagated, so gradients accumulate to those of one batch of all rows.
    // Returns the step's loss (the mean over its rows). The loop calls it once per step. With
    // workers, `microBatches` are global: this worker computes its share, and the weighted
    // gradients and losses are summed over the workers, which makes them those of the global batch.
    double accumulateGradients(const std::vector<BatchIndices>& microBatches);

    const StepPlan& plan() const { return m_plan; }
    const TrainerState& state() const { return m_state; }
    FusedAdamW& optimizer() { return *m_optimizer; }

private:
    void trainSteps(TrainOutcome& outcome);     // the loop, until the plan's last step, a stop or a cancel
    TrainOutcome finish(TrainOutcome& outcome); // best model, final evaluation, last checkpoint
    int globalBatchSize() const { return m_config.batchSize * (m_setup.workers ? m_setup.workers->size() : 1); }
    int rank() const { return m_setup.workers ? m_setup.workers->rank() : 0; }
    std::vector<BatchIndices> nextMicroBatches();
    double learningRateAt(std::int64_t step) const;
    void advance(const std::vector<BatchIndices>& microBatches, double stepLoss);
    void logStep(double stepLoss, double gradNorm, double learningRate, const std::vector<BatchIndices>& microBatches);
    bool evaluateAndCheckPatience();          // true when early stopping says stop
    bool trackBest(const EvalReport& report); // true when `report` is the best so far by metric_for_best_model
    bool restoreBestModel();                  // load_best_model_at_end; true when the best model is in place
    // weightsStep >= 0: the weights are that earlier step's (a restored best model), and the report says so.
    EvalReport evaluate(std::int64_t weightsStep = -1);
    void checkpoint();
    bool hasCheckpointAt(std::int64_t step) const;
    bool waitWhilePausedOrCancelled(); // true when cancelled
    // Data parallelism (TrainerWorkers.cpp): this worker's rows of a global micro-batch, the
    // gradient and loss sum over the workers, and a stop every worker agrees on.
    BatchIndices ownShare(const BatchIndices& globalBatch) const;
    double reduceGradients(double localLoss);
    bool waitTogetherWhilePausedOrCancelled();
    [[noreturn]] void workerLost(const WorkerLost& error);
    [[noreturn]] void diverged(double loss, double gradNorm);
    double sessionSeconds() const;

    TrainerSetup m_setup;
    const TrainConfig& m_config;
    TrainingObserver& m_observer;
    RunControl& m_control;
    StepPlan m_plan;
    std::vector<NamedParameter> m_named;
    std::vector<torch::Tensor> m_params;
    std::unique_ptr<FusedAdamW> m_optimizer;
    std::unique_ptr<GradientBuckets> m_buckets; // data-parallel runs only
    LossScaler m_scaler{false, 65536.0, 0};
    TrainerState m_state;
    HistoryLog m_history;
    std::optional<EvalReport> m_lastEval;
    std::int64_t m_batchesEpoch = -1; // epoch whose batches m_batches holds
    std::vector<BatchIndices> m_batches;

    using Clock = std::chrono::steady_clock;
    Clock::time_point m_sessionStart;
    double m_pausedSeconds = 0.0;
    double m_secondsAtStart = 0.0; // training seconds before this session (resume)
    Clock::time_point m_lastProgress;
    double m_progressLossSum = 0.0;
    std::int64_t m_progressSteps = 0;
    std::int64_t m_sessionSteps = 0;
    std::int64_t m_sessionSamples = 0;
    std::int64_t m_sessionTokens = 0;
};

} // namespace litetune
