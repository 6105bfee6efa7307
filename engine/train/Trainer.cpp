// The fine-tuning loop. Reference: transformers trainer.py _inner_training_loop (order of clip,
// optimizer step, scheduler step, zero_grad; epoch accounting; train_loss), trainer_callback.py
// EarlyStoppingCallback; llm.c train_gpt2.c for the shape of the loop.
#include "train/Trainer.h"

#include "device/MemoryMeter.h"
#include "train/CausalLmEvaluator.h"
#include "train/Checkpoint.h"
#include "train/ShardedEvaluation.h"
#include "train/TokenBatch.h"
#include "util/Error.h"

#include <torch/cuda.h>
#include <torch/nn/functional/loss.h>
#include <torch/utils.h>

#include <cmath>
#include <thread>

namespace litetune {

namespace {

// Dropout's random stream for one optimizer step: a pure function of (seed, step, rank), so a resumed
// run draws exactly what the uninterrupted one drew, and the workers of a data-parallel run draw
// different masks (rank 0 draws what a single process draws).
void reseedGenerators(std::uint64_t seed, std::int64_t step, int rank) {
    std::uint64_t x = seed ^ (0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(step + 1)) ^
                      (0xd1b54a32d192ed03ULL * static_cast<std::uint64_t>(rank));
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    torch::manual_seed(x ^ (x >> 31));
}

std::string formatValue(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", v);
    return text;
}

} // namespace

Trainer::Trainer(TrainerSetup setup, TrainingObserver& observer, RunControl& control)
    : m_setup(std::move(setup))
    , m_config(m_setup.config)
    , m_observer(observer)
    , m_control(control) {
    if (!m_setup.train || m_setup.train->size() == 0)
        throwBadInput("the training split is empty: nothing to train on");
    if (m_config.batchSize < 1 || m_config.gradAccum < 1)
        throwBadInput("--batch-size and --grad-accum must be at least 1");
    {
        TrainConfig asRun = m_config;
        asRun.task = m_setup.task;
        if (!m_setup.eval)
            asRun.evalEvery = 0; // no validation split: no evaluation during training either
        if (const std::string problem = bestModelProblem(asRun); !problem.empty())
            throwBadInput(problem);
    }
    m_plan = planSteps(m_setup.train->size(), globalBatchSize(), m_config.gradAccum, m_config.epochs, m_config.maxSteps,
                       m_config.warmupRatio);
    m_named = namedTrainableParameters(*m_setup.model);
    for (const auto& p : m_named)
        m_params.push_back(p.tensor);
    if (m_params.empty())
        throwFailure("method " + std::string(methodName(m_config.method)) + " left no parameter to train");
    AdamWSettings adamW;
    adamW.learningRate = m_config.learningRate;
    adamW.weightDecay = m_config.weightDecay;
    adamW.eps = m_config.adamEpsilon;
    m_optimizer = makeAdamW(*m_setup.model, adamW);
    if (m_setup.workers)
        m_buckets = std::make_unique<GradientBuckets>(*m_setup.workers, m_params);
    m_state.seed = m_config.seed;
    m_scaler = LossScaler(m_setup.exec.lossScaling(), m_state.lossScale, 0);
}

void Trainer::resumeFrom(const std::filesystem::path& checkpointDir) {
    RestoredCheckpoint restored = loadCheckpoint(checkpointDir, m_named, *m_optimizer);
    if (restored.state.seed != m_config.seed)
        throwBadInput(checkpointDir.string() + " was written with seed " + std::to_string(restored.state.seed) +
                      ", but the run's seed is " + std::to_string(m_config.seed));
    m_state = restored.state;
    m_history = std::move(restored.history);
    m_scaler = LossScaler(m_setup.exec.lossScaling(), m_state.lossScale, m_state.stepsSinceScaleChange);
    m_observer.logged("resuming at step " + std::to_string(m_state.globalStep) + " of " +
                      std::to_string(m_plan.maxSteps) + " from " + checkpointDir.string());
}

TrainOutcome Trainer::run() {
    TrainOutcome outcome;
    m_sessionStart = m_lastProgress = Clock::now();
    m_secondsAtStart = m_state.trainSeconds;
    m_setup.model->train();
    try {
        if (m_setup.workers) // one start for all replicas, as DistributedDataParallel's constructor does
            m_setup.workers->broadcastFromFirst(m_params);
        trainSteps(outcome);
        return finish(outcome);
    } catch (const WorkerLost& error) {
        workerLost(error);
    }
}

void Trainer::trainSteps(TrainOutcome& outcome) {
    while (m_state.globalStep < m_plan.maxSteps) {
        if (m_setup.workers ? waitTogetherWhilePausedOrCancelled()
                            : waitWhilePausedOrCancelled()) { // cancel or pause, checked every step
            outcome.cancelled = true;
            break;
        }
        const std::vector<BatchIndices> microBatches = nextMicroBatches(); // next (global) batch
        reseedGenerators(m_config.seed, m_state.globalStep, rank());       // this step's dropout stream
        const double loss = accumulateGradients(microBatches);             // forward, loss / accum, backward
        m_scaler.unscale(m_params);
        const double gradNorm = clipGradients(m_params, m_config.maxGradNorm); // clip, pre-clip norm kept
        const bool finite = std::isfinite(loss) && std::isfinite(gradNorm);
        if (!finite && !m_scaler.enabled())
            diverged(loss, gradNorm); // NaN guard: stop, the last checkpoint stays good
        const double learningRate = learningRateAt(m_state.globalStep);
        setLearningRate(*m_optimizer, learningRate);
        if (m_scaler.update(finite))
            m_optimizer->step(); // AdamW
        else if (m_scaler.scale() < 1.0)
            diverged(loss, gradNorm);
        m_optimizer->clearGradients();              // zero grad (set to none)
        advance(microBatches, finite ? loss : 0.0); // step, data position, epoch
        // log: the lr this step used, as transformers 5's _run_epoch reads it before scheduler.step()
        logStep(loss, gradNorm, learningRate, microBatches);
        const bool evalDue = m_setup.eval && m_config.evalEvery > 0 && m_state.globalStep % m_config.evalEvery == 0;
        bool stopEarly = false;
        try {
            stopEarly = evalDue && evaluateAndCheckPatience(); // maybe evaluate, maybe stop early
        } catch (const Error& error) {
            // A cancel inside an evaluation keeps the steps trained so far: the checkpoint below
            // resumes them, as after a cancel between two steps.
            if (error.kind() != ErrorKind::Cancelled)
                throw;
            outcome.cancelled = true;
            break;
        }
        // load_best_model_at_end: a checkpoint at every evaluation, so the best one can be restored.
        const bool savedForBest = evalDue && m_config.loadBestModelAtEnd;
        if (savedForBest)
            checkpoint();
        if (stopEarly) {
            outcome.stoppedEarly = true;
            m_observer.logged("early stopping at step " + std::to_string(m_state.globalStep) + ": " +
                              m_config.metricForBestModel + " did not improve for " +
                              std::to_string(m_config.earlyStoppingPatience) + " evaluations");
            break;
        }
        if (!savedForBest && m_config.checkpointEvery > 0 && m_state.globalStep % m_config.checkpointEvery == 0)
            checkpoint(); // maybe checkpoint
    }
}

TrainOutcome Trainer::finish(TrainOutcome& outcome) {
    m_state.trainSeconds = sessionSeconds();
    if (!outcome.cancelled && m_config.loadBestModelAtEnd && m_setup.eval) {
        try {
            outcome.loadedBest = restoreBestModel();
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::Cancelled)
                throw;
            outcome.cancelled = true;
        }
    }
    if (!outcome.cancelled && m_setup.eval) {
        try {
            if (m_state.lastEvalStep != m_state.globalStep || !m_lastEval) {
                m_lastEval = evaluate();
                // The last step competes for best too (restoreBestModel already judged it otherwise),
                // or run.json would name an earlier step as best while the kept weights score better.
                if (!m_config.loadBestModelAtEnd)
                    trackBest(*m_lastEval);
            }
            outcome.finalEval = m_lastEval;
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::Cancelled) // cancelled in the final evaluation: resumable too
                throw;
            outcome.cancelled = true;
        }
    }
    // A cancelled run resumes from here; a finished one too when its final save fails (a full disk):
    // RunLifecycle removes this checkpoint again once the model is safely saved, unless the run
    // asked for checkpoints.
    if (m_state.globalStep > 0 && !hasCheckpointAt(m_state.globalStep))
        checkpoint();
    if (!m_setup.runDir.empty())
        m_history.save(m_setup.runDir / "history.csv");
    outcome.state = m_state;
    outcome.plan = m_plan;
    outcome.history = m_history;
    outcome.trainLoss = m_state.trainLossSum / std::max<double>(static_cast<double>(m_state.globalStep), 0.001);
    return outcome;
}

std::vector<BatchIndices> Trainer::nextMicroBatches() {
    if (m_batchesEpoch != m_state.epochIndex) {
        m_batches = trainingBatches(m_config.trainSamplingStrategy, m_setup.train->lengths, globalBatchSize(),
                                    m_config.seed, m_state.epochIndex);
        m_batchesEpoch = m_state.epochIndex;
    }
    const auto inEpoch = static_cast<std::int64_t>(m_batches.size());
    const std::int64_t first = std::min(m_state.nextBatch, inEpoch);
    // grad_accum micro-batches a step; the epoch's last step takes the remainder, as _run_epoch
    // of transformers 5 does (planSteps counts that step).
    const std::int64_t end = std::min(inEpoch, first + m_config.gradAccum);
    return {m_batches.begin() + first, m_batches.begin() + end};
}

double Trainer::learningRateAt(std::int64_t step) const {
    return m_config.learningRate * linearScheduleMultiplier(step, m_plan.warmupSteps, m_plan.maxSteps);
}

double Trainer::accumulateGradients(const std::vector<BatchIndices>& microBatches) {
    std::int64_t rows = 0;
    for (const auto& batch : microBatches)
        rows += static_cast<std::int64_t>(batch.size());
    torch::Tensor stepLoss = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64));
    for (const auto& globalBatch : microBatches) {
        if (m_buckets && &globalBatch == &microBatches.back())
            m_buckets->arm(); // the step's last backward: its gradients are summed as they come
        const BatchIndices indices = m_setup.workers ? ownShare(globalBatch) : globalBatch;
        if (indices.empty())
            continue; // fewer rows than workers at an epoch's end: this worker's gradient is zero
        const TokenBatch batch =
            collateBatch(m_setup.train->tokens, m_setup.train->labels, indices, m_setup.padId, m_setup.exec.device);
        torch::Tensor loss;
        if (m_setup.task == Task::CausalLm) {
            AutocastScope autocast(m_setup.exec);
            loss = causalLmLoss(m_setup.model->transformer(), batch.inputIds, batch.lengths);
        } else {
            torch::Tensor logits;
            {
                AutocastScope autocast(m_setup.exec);
                logits = m_setup.model->forward(batch.inputIds, batch.lengths);
            }
            namespace F = torch::nn::functional;
            auto options = F::CrossEntropyFuncOptions().ignore_index(-100);
            if (m_setup.classWeights.defined())
                options.weight(m_setup.classWeights);
            loss = F::cross_entropy(logits.to(torch::kFloat32), batch.labels, options);
        }
        const double share = static_cast<double>(batch.size()) / static_cast<double>(rows);
        (loss * (share * m_scaler.scale())).backward();
        stepLoss += loss.detach().to(torch::kCPU, torch::kFloat64) * share;
    }
    return m_setup.workers ? reduceGradients(stepLoss.item<double>()) : stepLoss.item<double>();
}

void Trainer::advance(const std::vector<BatchIndices>& microBatches, double stepLoss) {
    const auto inEpoch = static_cast<std::int64_t>(m_batches.size());
    const std::int64_t end = m_state.nextBatch + static_cast<std::int64_t>(microBatches.size());
    m_state.globalStep += 1;
    m_state.trainLossSum += stepLoss;
    m_state.epoch = static_cast<double>(m_state.epochIndex) +
                    static_cast<double>(end) / static_cast<double>(std::max<std::int64_t>(inEpoch, 1));
    if (end >= inEpoch) {
        m_state.epochIndex += 1;
        m_state.nextBatch = 0;
    } else {
        m_state.nextBatch = end;
    }
    m_state.lossScale = m_scaler.scale();
    m_state.stepsSinceScaleChange = m_scaler.stepsSinceChange();
}

void Trainer::logStep(double stepLoss, double gradNorm, double learningRate,
                      const std::vector<BatchIndices>& microBatches) {
    m_history.addStep(m_state.globalStep, m_state.epoch, stepLoss, learningRate, gradNorm);
    for (const auto& batch : microBatches) {
        m_sessionSamples += static_cast<std::int64_t>(batch.size());
        for (const auto i : batch)
            m_sessionTokens += m_setup.train->lengths[static_cast<std::size_t>(i)];
    }
    m_progressLossSum += stepLoss;
    m_progressSteps += 1;
    m_sessionSteps += 1;
    const auto now = Clock::now();
    const bool last = m_state.globalStep == m_plan.maxSteps;
    if (std::chrono::duration<double>(now - m_lastProgress).count() < 0.25 && !last && m_sessionSteps > 1)
        return; // at most ~4 progress reports a second
    m_lastProgress = now;
    const double seconds = std::max(1e-9, sessionSeconds() - m_secondsAtStart);
    Progress p;
    p.phase = "train";
    p.step = m_state.globalStep;
    p.totalSteps = m_plan.maxSteps;
    p.epoch = m_state.epoch;
    p.loss = m_progressLossSum / static_cast<double>(m_progressSteps);
    p.learningRate = learningRate;
    p.gradNorm = gradNorm;
    p.samplesPerSecond = static_cast<double>(m_sessionSamples) / seconds;
    p.tokensPerSecond = static_cast<double>(m_sessionTokens) / seconds;
    p.memoryBytes = MemoryMeter(m_setup.exec.device).currentBytes();
    p.elapsedSeconds = sessionSeconds();
    p.etaSeconds = seconds / static_cast<double>(std::max<std::int64_t>(1, m_sessionSteps)) *
                   static_cast<double>(m_plan.maxSteps - m_state.globalStep);
    if (m_setup.workers) {
        p.workers = m_setup.workers->size();
        p.allreduceSeconds = m_setup.workers->reduceSeconds();
    }
    m_progressLossSum = 0.0;
    m_progressSteps = 0;
    m_observer.progressed(p);
}

bool Trainer::evaluateAndCheckPatience() {
    const bool improved = trackBest(evaluate());
    return !improved && m_config.earlyStoppingPatience > 0 &&
           m_state.evalsWithoutImprovement >= m_config.earlyStoppingPatience;
}

EvalReport Trainer::evaluate(std::int64_t weightsStep) {
    EvalOptions options;
    options.batchSize = m_config.evalBatchSize;
    options.padId = m_setup.padId;
    options.labelNames = m_setup.labelNames;
    options.step = m_state.globalStep;
    options.epoch = m_state.epoch;
    if (weightsStep >= 0) {
        options.step = weightsStep;
        for (const HistoryRow& row : m_history.rows())
            if (row.step == weightsStep)
                options.epoch = row.epoch;
    }
    if (!m_setup.runDir.empty())
        options.predictionsFile = m_setup.runDir / "predictions.csv";
    EvalReport report =
        m_setup.workers ? evaluateSharded(*m_setup.workers, m_setup.model, *m_setup.eval, m_setup.exec, options,
                                          m_setup.task, &m_observer)
        : m_setup.task == Task::CausalLm
            ? evaluateCausalLm(m_setup.model, *m_setup.eval, m_setup.exec, options, &m_observer, &m_control)
            : evaluateSplit(m_setup.model, *m_setup.eval, m_setup.exec, options, &m_observer, &m_control);
    m_state.lastEvalStep = m_state.globalStep;
    m_history.addEval(report);
    if (!m_setup.runDir.empty())
        m_history.save(m_setup.runDir / "history.csv");
    m_lastEval = report;
    m_observer.evaluated(report);
    return report;
}

void Trainer::checkpoint() {
    if (m_setup.runDir.empty())
        return;
    m_state.trainSeconds = sessionSeconds();
    // load_best_model_at_end: the best checkpoint is never rotated away (the Trainer's rule).
    const std::int64_t keepBest = m_config.loadBestModelAtEnd && m_state.haveBest ? m_state.bestGlobalStep : -1;
    const auto dir = saveCheckpoint(m_setup.runDir, m_named, *m_optimizer, m_state, m_history, 2, keepBest);
    m_history.save(m_setup.runDir / "history.csv");
    m_observer.logged("checkpoint written: " + dir.string());
}

bool Trainer::hasCheckpointAt(std::int64_t step) const {
    if (m_setup.runDir.empty())
        return true; // nowhere to write one
    const auto latest = latestCheckpoint(m_setup.runDir);
    return latest && latest->filename() == "step-" + std::to_string(step);
}

bool Trainer::waitWhilePausedOrCancelled() {
    if (m_control.paused.load() && !m_control.cancelRequested.load()) {
        const auto pausedAt = Clock::now();
        while (m_control.paused.load() && !m_control.cancelRequested.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        m_pausedSeconds += std::chrono::duration<double>(Clock::now() - pausedAt).count();
    }
    return m_control.cancelRequested.load();
}

void Trainer::diverged(double loss, double gradNorm) {
    if (!m_setup.runDir.empty())
        m_history.save(m_setup.runDir / "history.csv");
    const auto last = m_setup.runDir.empty() ? std::nullopt : latestCheckpoint(m_setup.runDir);
    throwFailure("training diverged at step " + std::to_string(m_state.globalStep + 1) + ": the loss is " +
                 formatValue(loss) + " and the gradient norm " + formatValue(gradNorm) + "; " +
                 (last ? "the last good checkpoint is " + last->string() : std::string("no checkpoint was written")) +
                 " (try a lower --lr or --max-grad-norm)");
}

double Trainer::sessionSeconds() const {
    return m_secondsAtStart + std::chrono::duration<double>(Clock::now() - m_sessionStart).count() - m_pausedSeconds;
}

} // namespace litetune
