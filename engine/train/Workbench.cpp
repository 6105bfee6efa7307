// The engine's front door (api/Workbench.h): one run, a comparison of base / full / LoRA on
// shared data, and predictions for typed texts. The runs-on-disk functions are in RunStore.cpp.
// Threads: a positive config.threads sets LibTorch's pool; 0 leaves what the application chose.
// Comparison learning rates: one --lr serves both fine-tunes (as one TrainingArguments served both
// in the reference experiment) unless LoraSettings::learningRate gives LoRA its own.
#include "api/Workbench.h"

#include "api/RuntimeInfo.h"
#include "data/EmojiTable.h"
#include "io/HfCache.h"
#include "io/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "train/RunExecution.h"
#include "train/RunManifest.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace litetune {

namespace fs = std::filesystem;

namespace {

void applyThreads(const TrainConfig& config) {
    if (config.threads > 0)
        configureThreads(config.threads, false);
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
    return config;
}

} // namespace

RunResult runMethod(const TrainConfig& request, TrainingObserver& observer, RunControl& control) {
    const bool resuming = !request.resumeDir.empty();
    const TrainConfig config = resuming ? resumedConfig(request) : request;
    if (resuming && config.method == Method::Evaluate)
        throwBadInput(request.resumeDir + " is an evaluation; only training runs resume");
    applyThreads(config);
    const RunData data = loadRunData(config, /*splitSingleFile=*/true, observer);
    const fs::path runDir = resuming ? fs::path(config.resumeDir)
                                     : makeRunFolder(config.outDir, defaultRunsRoot(), methodName(config.method));
    return executeRun(config, data, runDir, observer, control);
}

std::vector<RunResult> runComparison(const TrainConfig& request, TrainingObserver& observer, RunControl& control) {
    if (!request.resumeDir.empty())
        throwBadInput("--resume continues one run; resume the comparison's member run folders one by one");
    applyThreads(request);
    const RunData data = loadRunData(request, /*splitSingleFile=*/true, observer);
    const fs::path root = makeRunFolder(request.outDir, defaultRunsRoot(), "compare");

    std::vector<RunResult> results;
    const std::pair<Method, const char*> members[] = {
        {Method::Evaluate, "base"}, {Method::Full, "full"}, {Method::Lora, "lora"}};
    nlohmann::json index{{"format", "litetune-comparison"}, {"format_version", 1}, {"runs", nlohmann::json::array()}};
    for (const auto& [method, folder] : members) {
        TrainConfig config = request;
        config.method = method;
        config.outDir = (root / folder).string();
        config.runName.clear();
        if (method == Method::Lora && request.lora.learningRate > 0.0)
            config.learningRate = request.lora.learningRate;
        fs::create_directories(root / folder);
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
    ModelLoadOptions options;
    if (!adapterPath.empty())
        options.labels = readAdapterLabels(adapterPath);
    const std::string path = modelPath == "demo" ? modelPath : resolveModelPath(modelPath).string();
    LoadedModel loaded = loadGpt2(path, options);
    if (!adapterPath.empty())
        loadAdapter(loaded.model, adapterPath);
    const auto tokenizer = loadModelTokenizer(modelPath);
    std::vector<std::string> labels = loaded.config.labels;
    for (auto i = static_cast<std::int64_t>(labels.size()); i < loaded.config.numLabels(); ++i)
        labels.push_back("LABEL_" + std::to_string(i));

    loaded.model->eval();
    torch::NoGradGuard noGrad;
    std::vector<std::vector<LabelScore>> out;
    for (const auto& text : texts) {
        std::vector<std::int32_t> ids = tokenizer->encode(text);
        if (ids.empty())
            ids.push_back(static_cast<std::int32_t>(loaded.config.effectivePadId()));
        if (static_cast<std::int64_t>(ids.size()) > loaded.config.nPositions)
            ids.resize(static_cast<std::size_t>(loaded.config.nPositions));
        const auto input = torch::tensor(std::vector<std::int64_t>(ids.begin(), ids.end())).unsqueeze(0);
        const auto lengths = torch::tensor(std::vector<std::int64_t>{static_cast<std::int64_t>(ids.size())});
        const auto probs = torch::softmax(loaded.model->forward(input, lengths).to(torch::kFloat32), 1)[0];
        const int k = std::clamp<int>(topK, 1, static_cast<int>(labels.size()));
        const auto [values, indices] = probs.topk(k);
        std::vector<LabelScore> scores;
        for (int i = 0; i < k; ++i) {
            LabelScore s;
            s.label = static_cast<int>(indices[i].item<std::int64_t>());
            s.name = labels[static_cast<std::size_t>(s.label)];
            s.glyph = EmojiTable::glyphForLabel(s.name);
            s.probability = values[i].item<float>();
            scores.push_back(s);
        }
        out.push_back(std::move(scores));
    }
    return out;
}

} // namespace litetune
