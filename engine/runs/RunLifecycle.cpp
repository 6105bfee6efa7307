// One run, start to finish. Run-folder rules: docs/architecture.md "Runs on disk"; metric names: the man page
// (packaging/litetune-cli.1).
#include "runs/RunLifecycle.h"

#include "api/RuntimeInfo.h"

#include "device/DevicePrecision.h"
#include "device/MemoryMeter.h"
#include "metrics/SpeedMetrics.h"
#include "model/TrainableParameters.h"
#include "runs/BaseHead.h"
#include "runs/ResultJson.h"
#include "runs/RunManifest.h"
#include "train/CausalLmBlocks.h"
#include "train/CausalLmEvaluator.h"
#include "train/Checkpoint.h"
#include "train/Evaluator.h"
#include "train/Trainer.h"
#include "train/TrainingMethod.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/FolderManifest.h"

#include <ATen/Parallel.h>
#include <torch/version.h>

#include <nlohmann/json.hpp>

#include <optional>

namespace litetune {

namespace fs = std::filesystem;

namespace {

struct RunContext {
    TrainConfig config;
    DevicePrecision exec;
    RunManifest manifest;
    fs::path runDir;
    WorkerGroup* workers = nullptr; // a data-parallel run's group; null: one process
    bool writes = true;             // this process writes the run folder (rank 0 of a data-parallel run)
};

RunContext beginRun(const TrainConfig& config, const RunData& data, const fs::path& runDir, TrainingObserver& observer,
                    WorkerGroup* workers) {
    RunContext ctx;
    ctx.config = config;
    ctx.runDir = runDir;
    ctx.workers = workers;
    ctx.writes = !workers || workers->rank() == 0;
    const int worldSize = workers ? workers->size() : 1;
    ctx.exec = resolveDevicePrecision(config.device, config.precision);
    if (!ctx.exec.note.empty())
        observer.logged(ctx.exec.note);
    const std::string fingerprint = datasetFingerprint(data.dataset);
    if (!config.resumeDir.empty()) {
        ctx.manifest = readRunManifest(runDir);
        if (!ctx.manifest.dataFingerprint.empty() && ctx.manifest.dataFingerprint != fingerprint) {
            if (!config.allowChangedData)
                throwBadInput("the dataset " + config.dataPath + " changed since run " + runDir.string() +
                              " started (its content fingerprint was " + ctx.manifest.dataFingerprint + ", now " +
                              fingerprint + "); restore it, or resume with --allow-changed-data");
            observer.logged("the dataset changed since the run started; resuming on the new data as asked");
        }
        // Its batches were planned for worldSize workers: another count would train other batches.
        if (ctx.manifest.worldSize != worldSize)
            throwBadInput(runDir.string() + " was trained by " + std::to_string(ctx.manifest.worldSize) +
                          " worker(s), a global batch of " +
                          std::to_string(ctx.manifest.config.batchSize * ctx.manifest.worldSize) + "; resume it with " +
                          (ctx.manifest.worldSize > 1 ? "--nproc-per-node " + std::to_string(ctx.manifest.worldSize)
                                                      : std::string("one process (no --nproc-per-node)")) +
                          " or as many workers under your launcher");
    } else {
        ctx.manifest.startedAt = isoTimeNow();
    }
    ctx.manifest.dataFingerprint = fingerprint;
    ctx.manifest.name = config.runName.empty() ? defaultRunName(config) : config.runName;
    ctx.manifest.config = config;
    ctx.manifest.status = "running";
    ctx.manifest.message.clear();
    ctx.manifest.finishedAt.clear();
    ctx.manifest.torchVersion = TORCH_VERSION;
    ctx.manifest.device = ctx.exec.deviceName();
    ctx.manifest.precision = precisionName(ctx.exec.precision);
    ctx.manifest.threads = computeThreads();
    ctx.manifest.worldSize = worldSize;
    if (ctx.writes)
        writeRunManifest(runDir, ctx.manifest);
    observer.started(config, runDir.string());
    return ctx;
}

void finishRun(RunContext& ctx, const std::string& status, const std::string& message) {
    ctx.manifest.status = status;
    ctx.manifest.message = message;
    ctx.manifest.finishedAt = isoTimeNow();
    if (ctx.writes)
        writeRunManifest(ctx.runDir, ctx.manifest);
}

torch::Tensor balancedClassWeights(const EncodedSplit& train, int numClasses, const torch::Device& device) {
    const auto counts = classCounts(train, numClasses);
    std::vector<float> weights(counts.size(), 1.f);
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > 0) // scikit-learn's "balanced": n / (classes × count)
            weights[c] = static_cast<float>(static_cast<double>(train.size()) /
                                            (static_cast<double>(numClasses) * static_cast<double>(counts[c])));
    return torch::tensor(weights).to(device);
}

RunResult evaluateRun(RunContext& ctx, const RunData& data, TrainingObserver& observer, RunControl& control) {
    const TrainConfig& c = ctx.config;
    RunModel model = loadModelForEvaluation(c, data.dataset, /*strictLabels=*/false, observer);
    TrainingMethod::create(Method::Evaluate)->prepare(model.loaded.model, c, model.adapter, c.modelPath);
    if (model.loaded.headInitialised) // the drawn head is part of what was evaluated: keep it (BaseHead.h)
        saveBaseHead(model.loaded.model, ctx.runDir);
    model.loaded.model->to(ctx.exec.device);
    const EncodedSplit split =
        encodeForRun(data, model, evaluationSplit(data.dataset, c.evalSplit, false), c, c.limitEval, observer);
    EvalOptions options;
    options.batchSize = c.evalBatchSize;
    options.padId = model.padId();
    options.labelNames = model.labelNames;
    options.predictionsFile = ctx.runDir / "predictions.csv";
    RunResult result;
    result.config = c;
    const ParameterCount counts = countParameters(model.loaded.model);
    result.totalParams = counts.total;
    result.eval = evaluateSplit(model.loaded.model, split, ctx.exec, options, &observer, &control);
    observer.evaluated(result.eval);
    return result;
}

// Each checkpoint's own files, then checkpoints/ when nothing else is in it.
void removeCheckpoints(const fs::path& runDir) {
    for (const fs::path& checkpoint : checkpointsNewestFirst(runDir))
        removeOwnedFolder(checkpoint);
    std::error_code ec;
    fs::remove(runDir / "checkpoints", ec); // only when empty
}

// A damaged newest checkpoint (a disk error, a hand edit) falls back to the one before it, saying
// so; only when none can be read is the resume refused. Reading overwrites every trained tensor and
// the optimizer, so a failed attempt leaves nothing behind for the next one.
void resumeFromNewestIntact(Trainer& trainer, const fs::path& runDir, TrainingObserver& observer) {
    const std::vector<fs::path> candidates = checkpointsNewestFirst(runDir);
    if (candidates.empty()) {
        observer.logged(runDir.string() + " has no checkpoint yet: training starts from step 0");
        return;
    }
    std::string damaged;
    for (const fs::path& checkpoint : candidates) {
        try {
            trainer.resumeFrom(checkpoint);
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::BadInput)
                throw;
            observer.logged(std::string("skipping a damaged checkpoint: ") + error.what());
            damaged += (damaged.empty() ? "" : "; ") + std::string(error.what());
            continue;
        }
        if (trainer.state().globalStep > trainer.plan().maxSteps)
            throwBadInput(checkpoint.string() + " is at step " + std::to_string(trainer.state().globalStep) +
                          ", past the " + std::to_string(trainer.plan().maxSteps) +
                          " steps the run's settings give (was run.json edited?)");
        if (!damaged.empty())
            observer.logged("resumed from the older intact checkpoint " + checkpoint.string());
        return;
    }
    throwBadInput("no checkpoint of " + runDir.string() + " can be read (" + damaged +
                  "); delete the damaged checkpoints to start again from step 0");
}

RunResult trainRun(RunContext& ctx, const RunData& data, TrainingObserver& observer, RunControl& control) {
    const TrainConfig& c = ctx.config;
    const bool languageModel = c.task == Task::CausalLm;
    RunModel model =
        languageModel ? loadModelForLanguageModel(c, observer) : loadModelForTraining(c, data.dataset, observer);
    const auto method = TrainingMethod::create(c.method);
    method->prepare(model.loaded.model, c, model.adapter, c.modelPath);
    model.loaded.model->to(ctx.exec.device);
    const auto encode = [&](const Split& split, std::int64_t limit) {
        return languageModel ? encodeCorpusForRun(data, split, c, limit, observer)
                             : encodeForRun(data, model, split, c, limit, observer);
    };
    const EncodedSplit train = encode(trainingSplit(data.dataset), c.limitTrain);
    const Split* evalSource = data.dataset.split("validation");
    if (!evalSource || evalSource->examples.empty())
        evalSource = data.dataset.split("test");
    EncodedSplit eval;
    if (evalSource && !evalSource->examples.empty())
        eval = encode(*evalSource, c.limitEval);
    if (languageModel)
        observer.logged("causal LM: " + std::to_string(train.size()) + " training and " + std::to_string(eval.size()) +
                        " held-out blocks of " + std::to_string(c.maxLength) + " tokens");
    if (train.truncated > 0)
        observer.logged(std::to_string(train.truncated) + " training texts were cut at --max-length " +
                        std::to_string(c.maxLength));

    TrainerSetup setup;
    setup.config = c;
    setup.exec = ctx.exec;
    setup.model = model.loaded.model;
    setup.train = &train;
    setup.eval = eval.size() > 0 ? &eval : nullptr;
    setup.labelNames = model.labelNames;
    setup.padId = model.padId();
    setup.runDir = ctx.writes ? ctx.runDir : fs::path();
    setup.task = c.task;
    setup.workers = ctx.workers;
    if (c.classWeightedLoss && !languageModel)
        setup.classWeights = balancedClassWeights(train, static_cast<int>(model.labelNames.size()), ctx.exec.device);
    Trainer trainer(std::move(setup), observer, control);
    if (!c.resumeDir.empty())
        resumeFromNewestIntact(trainer, ctx.runDir, observer);
    const TrainOutcome outcome = trainer.run();

    RunResult result;
    result.config = c;
    result.cancelled = outcome.cancelled;
    result.globalStep = outcome.state.globalStep;
    result.epoch = outcome.state.epoch;
    result.trainLoss = outcome.trainLoss;
    const SpeedMetrics speed = trainSpeedMetrics(
        outcome.state.trainSeconds, train.size(), outcome.plan.epochs, outcome.plan.maxSteps,
        outcome.plan.maxStepsGiven, static_cast<std::int64_t>(c.batchSize) * c.gradAccum * ctx.manifest.worldSize);
    result.trainRuntime = speed.runtime;
    result.trainSamplesPerSecond = speed.samplesPerSecond;
    result.trainStepsPerSecond = speed.stepsPerSecond;
    result.worldSize = ctx.manifest.worldSize;
    result.allreduceSeconds = ctx.workers ? ctx.workers->reduceSeconds() : 0.0;
    if (outcome.finalEval)
        result.eval = *outcome.finalEval;
    if (outcome.state.haveBest && outcome.state.bestGlobalStep >= 0) { // the best evaluation, for run.json too
        result.bestMetric = outcome.state.bestMetric;
        result.bestGlobalStep = outcome.state.bestGlobalStep;
        result.bestModelCheckpoint = "checkpoints/step-" + std::to_string(result.bestGlobalStep);
        result.bestModelLoaded = outcome.loadedBest;
        ctx.manifest.bestMetric = result.bestMetric;
        ctx.manifest.bestGlobalStep = result.bestGlobalStep;
        ctx.manifest.bestModelLoaded = result.bestModelLoaded;
    }
    const ParameterCount counts =
        languageModel ? countLanguageModelParameters(model.loaded.model) : countParameters(model.loaded.model);
    result.trainableParams = counts.trainable;
    result.totalParams = counts.total;
    if (!outcome.cancelled && ctx.writes) {
        result.adapterBytes = method->save(model.loaded.model, ctx.runDir, *data.tokenizer);
        // load_best_model_at_end keeps its checkpoints, the best one among them, as the Trainer does.
        if (c.checkpointEvery == 0 && !c.loadBestModelAtEnd)
            removeCheckpoints(ctx.runDir); // only the safety net of the final save (Trainer::run)
    }
    std::error_code ec;
    if (!result.bestModelCheckpoint.empty() && !fs::is_directory(ctx.runDir / result.bestModelCheckpoint, ec))
        result.bestModelCheckpoint.clear(); // removed with the other checkpoints above
    ctx.manifest.bestModelCheckpoint = result.bestModelCheckpoint;
    ctx.manifest.status = outcome.cancelled ? "cancelled" : outcome.stoppedEarly ? "stopped-early" : "completed";
    return result;
}

} // namespace

std::string defaultRunName(const TrainConfig& config) {
    if (config.task == Task::CausalLm)
        return config.method == Method::Lora ? "Causal LM, LoRA" : "Causal LM, full";
    switch (config.method) {
    case Method::Evaluate:
        return "Base";
    case Method::Full:
        return "Full fine-tune";
    case Method::Lora:
        return config.lora.rslora ? "rsLoRA" : "LoRA";
    case Method::Head:
        return "Head only";
    case Method::BitFit:
        return "BitFit";
    }
    return "Run";
}

fs::path makeRunFolder(const std::string& requested, const fs::path& root, const std::string& stem) {
    std::error_code ec;
    if (!requested.empty()) {
        const fs::path dir(requested);
        checkPathNames(dir);
        if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
            throwBadInput("output path " + requested + " exists and is not a folder; choose a folder name for --out");
        if (fs::exists(dir, ec) && !fs::is_empty(dir, ec))
            throwBadInput("output folder " + requested + " already holds files (" +
                          describeEntries(dir, folderEntries(dir)) +
                          "); choose a new --out (or --resume RUN_DIR to continue a run)");
        fs::create_directories(dir, ec);
        if (ec)
            throwFailure("cannot create the run folder " + requested + ": " + ec.message());
        return dir;
    }
    std::string stamp = isoTimeNow();
    for (char& ch : stamp)
        if (ch == ':')
            ch = '-';
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const fs::path dir = root / (stamp + "-" + stem + (attempt ? "-" + std::to_string(attempt) : ""));
        if (fs::create_directories(dir, ec) && !ec)
            return dir;
    }
    throwFailure("cannot create a run folder under " + root.string());
}

RunResult executeRun(const TrainConfig& config, const RunData& data, const fs::path& runDir, TrainingObserver& observer,
                     RunControl& control, WorkerGroup* workers) {
    configureThreadsUnlessConfigured();
    RunContext ctx = beginRun(config, data, runDir, observer, workers);
    const MemoryMeter memory(ctx.exec.device);
    memory.resetPeak();
    RunResult result;
    try {
        if (config.method == Method::Evaluate) {
            result = evaluateRun(ctx, data, observer, control);
            ctx.manifest.status = "completed";
        } else {
            result = trainRun(ctx, data, observer, control);
        }
    } catch (const Error& error) {
        const bool cancelled = error.kind() == ErrorKind::Cancelled;
        finishRun(ctx, cancelled ? "cancelled" : "failed", error.what());
        if (!cancelled)
            throw;
        result.config = config;
        result.cancelled = true;
    } catch (const std::exception& error) {
        finishRun(ctx, "failed", error.what());
        throw;
    }
    result.runDir = runDir.string();
    result.name = ctx.manifest.name;
    result.peakMemoryBytes = memory.peakBytes();
    if (ctx.writes)
        writeFileAtomically(runDir / "metrics.json", runResultToJson(result).dump(2) + "\n");
    finishRun(ctx, result.cancelled ? "cancelled" : ctx.manifest.status, "");
    return result;
}

EvalReport evaluateModel(const TrainConfig& config, const fs::path& outDir, TrainingObserver& observer,
                         RunControl& control, ExistingFolder existing) {
    std::optional<StagedDirectory> staged; // created first: a refused folder costs no evaluation
    if (!outDir.empty())
        staged.emplace(outDir, kEvaluationFolderKind, existing);
    configureThreadsUnlessConfigured();
    const DevicePrecision exec = resolveDevicePrecision(config.device, config.precision);
    if (!exec.note.empty())
        observer.logged(exec.note);
    const RunData data = loadRunData(config, /*splitSingleFile=*/false, observer);
    const bool languageModel = config.task == Task::CausalLm;
    RunModel model = languageModel ? loadModelForLanguageModel(config, observer)
                                   : loadModelForEvaluation(config, data.dataset, /*strictLabels=*/true, observer);
    TrainingMethod::create(Method::Evaluate)->prepare(model.loaded.model, config, model.adapter, config.modelPath);
    model.loaded.model->to(exec.device);
    const Split& source = evaluationSplit(data.dataset, config.evalSplit, true);
    const EncodedSplit split = languageModel ? encodeCorpusForRun(data, source, config, config.limitEval, observer)
                                             : encodeForRun(data, model, source, config, config.limitEval, observer);
    EvalOptions options;
    options.batchSize = config.evalBatchSize;
    options.padId = model.padId();
    options.labelNames = model.labelNames;
    if (staged && !languageModel)
        options.predictionsFile = staged->path() / "predictions.csv";
    EvalReport report = languageModel ? evaluateCausalLm(model.loaded.model, split, exec, options, &observer, &control)
                                      : evaluateSplit(model.loaded.model, split, exec, options, &observer, &control);
    if (staged) {
        if (languageModel)
            writeFileAtomically(staged->path() / "eval_blocks.jsonl", blocksJsonLines(split));
        writeFileAtomically(staged->path() / "metrics.json", evalReportToJson(report).dump(2) + "\n");
        staged->commit();
    }
    return report;
}

} // namespace litetune
