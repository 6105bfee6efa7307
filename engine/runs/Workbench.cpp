// The engine's front door (api/Workbench.h): one run, a comparison of base / full / LoRA on
// shared data, and predictions for typed texts. The runs-on-disk functions are in RunStore.cpp.
// Threads: a positive config.threads sets LibTorch's pool; 0 leaves what the application chose.
// Comparison learning rates: one --lr serves both fine-tunes (as one TrainingArguments served both
// in the reference experiment) unless LoraSettings::learningRate gives LoRA its own.
#include "api/Workbench.h"

#include "api/Classifier.h"
#include "api/RuntimeInfo.h"
#include "device/DevicePrecision.h"
#include "distributed/WorkerGroup.h"
#include "runs/RunLifecycle.h"
#include "runs/RunManifest.h"
#include "system/HeapReuse.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/RunLock.h"
#include "util/StagedDirectory.h"

#include <nlohmann/json.hpp>

#include <torch/cuda.h>

#include <algorithm>
#include <optional>
#include <thread>

namespace litetune {

namespace fs = std::filesystem;

namespace {

void applyThreads(const TrainConfig& config) {
    if (config.threads > 0)
        configureThreads(config.threads, false);
}

// The paths a run reads, made absolute when they name something on disk, so that run.json means
// the same files when the run is resumed from another working folder. Cache ids ("gpt2") and
// "demo" stay as typed.
TrainConfig withAbsolutePaths(TrainConfig config) {
    std::error_code ec;
    for (std::string* path : {&config.modelPath, &config.adapterPath, &config.dataPath, &config.outDir})
        if (!path->empty() && *path != "demo" && fs::exists(*path, ec))
            *path = fs::absolute(*path, ec).lexically_normal().string();
    return config;
}

// A resumed run continues with its own recorded settings; only where it runs may change.
TrainConfig resumedConfig(const TrainConfig& request) {
    const RunManifest manifest = readRunManifest(request.resumeDir);
    if (manifest.status == "completed" || manifest.status == "stopped-early")
        throwBadInput(request.resumeDir + " is a finished run (status " + manifest.status +
                      "); there is nothing to resume");
    TrainConfig config = manifest.config;
    config.resumeDir = request.resumeDir;
    config.outDir = request.resumeDir;
    config.threads = request.threads;
    config.device = request.device;
    config.precision = request.precision;
    config.allowChangedData = request.allowChangedData;
    return config;
}

// A data-parallel worker's device: each worker on a machine takes its own GPU, cuda:LOCAL_RANK
// (what torchrun users set with torch.cuda.set_device(local_rank)).
std::string workerDevice(const std::string& requested, const WorkerPlace& place) {
    const bool anyGpu = requested == "auto" && torch::cuda::is_available();
    if (requested == "cuda" || anyGpu)
        return "cuda:" + std::to_string(place.localRank);
    if (requested.rfind("cuda:", 0) == 0 && place.localWorldSize > 1)
        throwBadInput("--device " + requested + " names one GPU, but the " + std::to_string(place.localWorldSize) +
                      " workers on this machine each take their own (cuda:LOCAL_RANK); give --device cuda or auto");
    return requested;
}

// runMethod for one process (workers null) or one worker of a data-parallel run.
RunResult runAs(const TrainConfig& request, TrainingObserver& observer, RunControl& control, WorkerGroup* workers) {
    const bool writes = !workers || workers->rank() == 0;
    const bool resuming = !request.resumeDir.empty();
    std::optional<RunLock> lock;
    if (resuming && writes) {
        // Locked before run.json is read, so two resumes cannot both continue; a folder without a
        // run.json is refused by readRunManifest without a lock file being put into it.
        std::error_code ec;
        if (fs::is_regular_file(fs::path(request.resumeDir) / kRunManifestFile, ec))
            lock.emplace(request.resumeDir);
    }
    const TrainConfig config = resuming ? resumedConfig(request) : withAbsolutePaths(request);
    if (resuming && config.method == Method::Evaluate)
        throwBadInput(request.resumeDir + " is an evaluation; only training runs resume");
    if (config.task == Task::CausalLm && config.method != Method::Full && config.method != Method::Lora)
        throwBadInput(std::string("--task causal-lm trains with --method full or lora, not ") +
                      methodName(config.method));
    applyThreads(config);
    checkMaxLength(config);
    const RunData data = loadRunData(config, /*splitSingleFile=*/true, observer);
    fs::path runDir;
    if (writes) {
        runDir = resuming ? fs::path(config.resumeDir)
                          : makeRunFolder(config.outDir, defaultRunsRoot(),
                                          (config.task == Task::CausalLm ? "causal-lm-" : "") +
                                              std::string(methodName(config.method)));
        if (!lock)
            lock.emplace(runDir);
        removeStaleTemporaries(runDir); // what a killed earlier process of this run left behind
        removeStaleTemporaries(runDir / "checkpoints");
        if (workers) // the folder rank 0 chose (a timestamped one when --out is not given)
            workers->publish("run_dir", runDir.string());
    } else {
        runDir = workers->await("run_dir");
    }
    const HeapReuseScope reuse;
    return executeRun(config, data, runDir, observer, control, workers);
}

} // namespace

RunResult runMethod(const TrainConfig& request, TrainingObserver& observer, RunControl& control) {
    return runAs(request, observer, control, nullptr);
}

RunResult runMethod(const TrainConfig& request, TrainingObserver& observer, RunControl& control,
                    const WorkerPlace& place) {
    if (!place.distributed())
        return runMethod(request, observer, control);
    if (request.method == Method::Evaluate)
        throwBadInput("data-parallel workers train; evaluate with litetune-cli eval in one process");
    TrainConfig placed = request;
    placed.device = workerDevice(request.device, place);
    if (placed.threads == 0) // the machine's cores shared among its workers (torchrun sets OMP_NUM_THREADS)
        placed.threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / place.localWorldSize);
    applyThreads(placed);
    const DevicePrecision exec = resolveDevicePrecision(placed.device, placed.precision);
    WorkerGroup workers(place, exec.device, &control.cancelRequested);
    return runAs(placed, observer, control, &workers);
}

std::vector<RunResult> runComparison(const TrainConfig& request, TrainingObserver& observer, RunControl& control) {
    if (!request.resumeDir.empty())
        throwBadInput("--resume continues one run; resume the comparison's member run folders one by one");
    if (request.task == Task::CausalLm)
        throwBadInput(
            "compare sets classifiers side by side; train a causal LM with litetune-cli train --task causal-lm");
    applyThreads(request);
    checkMaxLength(request);
    const HeapReuseScope reuse;
    const RunData data = loadRunData(request, /*splitSingleFile=*/true, observer);
    const fs::path root = makeRunFolder(request.outDir, defaultRunsRoot(), "compare");
    const TrainConfig shared = withAbsolutePaths(request);
    const RunLock rootLock(root);

    std::vector<RunResult> results;
    const std::pair<Method, const char*> members[] = {
        {Method::Evaluate, "base"}, {Method::Full, "full"}, {Method::Lora, "lora"}};
    nlohmann::json index{{"format", "litetune-comparison"}, {"format_version", 1}, {"runs", nlohmann::json::array()}};
    for (const auto& [method, folder] : members) {
        TrainConfig config = shared;
        config.method = method;
        config.outDir = fs::absolute(root / folder).lexically_normal().string();
        config.runName.clear();
        if (method == Method::Lora && request.lora.learningRate > 0.0)
            config.learningRate = request.lora.learningRate;
        fs::create_directories(root / folder);
        const RunLock memberLock(root / folder); // a --resume of a member waits for the comparison
        results.push_back(executeRun(config, data, root / folder, observer, control));
        index["runs"].push_back({{"folder", folder}, {"name", results.back().name}, {"method", methodName(method)}});
        writeFileAtomically(root / "comparison.json", index.dump(2) + "\n");
        if (results.back().cancelled)
            break;
    }
    return results;
}

std::vector<std::vector<LabelScore>> predictTexts(const std::string& modelPath, const std::string& adapterPath,
                                                  const std::vector<std::string>& texts, int topK) {
    return Classifier::fromModel(modelPath, adapterPath).predict(texts, topK);
}

} // namespace litetune
