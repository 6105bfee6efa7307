// Loading a model for predictions once, and asking it (api/Classifier.h). The base-evaluation path
// goes through RunInputs' loadModelForEvaluation, the function the evaluation itself used, so the
// label rule and the seeded head cannot drift apart from it.
#include "api/Classifier.h"

#include "data/EmojiTable.h"
#include "io/HfCache.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "runs/BaseHead.h"
#include "runs/RunInputs.h"
#include "util/Error.h"

#include <algorithm>

namespace litetune {

namespace fs = std::filesystem;

struct Classifier::Impl {
    LoadedModel loaded;
    std::shared_ptr<const Tokenizer> tokenizer;
    std::vector<std::string> labels;
    std::vector<std::string> warnings;
    bool untrainedHead = false;
};

namespace {

class SilentObserver final : public TrainingObserver {};

std::vector<std::string> labelsOf(const LoadedModel& loaded) {
    std::vector<std::string> labels = loaded.config.labels;
    for (auto i = static_cast<std::int64_t>(labels.size()); i < loaded.config.numLabels(); ++i)
        labels.push_back("LABEL_" + std::to_string(i));
    return labels;
}

void requireFolder(const fs::path& folder, const RunResult& run) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throwBadInput(
            "run " + run.runDir + " has no " + folder.filename().string() +
            (run.cancelled ? " folder: it was cancelled before it saved one" : " folder: it saved no model to ask"));
}

} // namespace

Classifier::Classifier(std::shared_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

Classifier Classifier::fromModel(const std::string& modelPath, const std::string& adapterPath) {
    ModelLoadOptions options;
    if (!adapterPath.empty()) { // the adapter brings its own head, as in RunInputs' load()
        options.labels = readAdapterLabels(adapterPath);
        options.replaceHead = true;
    }
    const std::string path = modelPath == "demo" ? modelPath : resolveModelPath(modelPath).string();
    auto impl = std::make_shared<Impl>();
    impl->loaded = loadGpt2(path, options);
    if (!adapterPath.empty()) {
        loadAdapter(impl->loaded.model, adapterPath);
        if (const auto mismatch = adapterBaseMismatch(adapterPath, modelPath))
            impl->warnings.push_back(*mismatch);
    }
    impl->tokenizer = loadModelTokenizer(modelPath);
    impl->labels = labelsOf(impl->loaded);
    impl->loaded.model->eval();
    // A head drawn just now (the demo model, a checkpoint without score.weight) answers at random.
    impl->untrainedHead = impl->loaded.headInitialised && adapterPath.empty();
    if (impl->untrainedHead)
        impl->warnings.push_back("warning: " + modelPath +
                                 " has no trained classification head, so these answers are random; predict with "
                                 "a trained run's model/ or adapter/ (e.g. after litetune-cli compare --model " +
                                 modelPath + " --data YOUR_DATA)");
    return Classifier(std::move(impl));
}

Classifier Classifier::forRun(const RunResult& run) {
    const fs::path runDir(run.runDir);
    switch (run.config.method) {
    case Method::Evaluate: {
        if (run.eval.labels.empty())
            throwBadInput("run " + run.runDir + " has no finished evaluation, so its labels are unknown");
        // The evaluated labels stand in for the dataset's: they are its label names when the
        // evaluation drew a head, and the checkpoint's own labels (all covered) when it did not.
        Dataset labelsOnly;
        for (const auto& name : run.eval.labels)
            labelsOnly.labels.push_back({name, {}});
        SilentObserver silent;
        RunModel model = loadModelForEvaluation(run.config, labelsOnly, /*strictLabels=*/false, silent);
        // The head the evaluation saved replaces the one just drawn. Base runs from before
        // score_head.safetensors existed have none: theirs stays the one drawn from the run's seed,
        // the same head as long as LibTorch draws the same numbers.
        if (model.loaded.headInitialised)
            loadBaseHead(model.loaded.model, runDir);
        auto impl = std::make_shared<Impl>();
        impl->untrainedHead = model.loaded.headInitialised;
        impl->loaded = std::move(model.loaded);
        impl->labels = model.labelNames;
        impl->tokenizer = loadModelTokenizer(run.config.modelPath);
        impl->loaded.model->eval();
        return Classifier(std::move(impl));
    }
    case Method::Lora:
        requireFolder(runDir / "adapter", run);
        return fromModel(run.config.modelPath, (runDir / "adapter").string());
    default:
        requireFolder(runDir / "model", run);
        return fromModel((runDir / "model").string());
    }
}

std::vector<std::vector<LabelScore>> Classifier::predict(const std::vector<std::string>& texts, int topK) const {
    LoadedModel& loaded = m_impl->loaded; // forward() is not const
    torch::NoGradGuard noGrad;
    std::vector<std::vector<LabelScore>> out;
    out.reserve(texts.size());
    for (const auto& text : texts) {
        std::vector<std::int32_t> ids = m_impl->tokenizer->encode(text);
        if (ids.empty())
            ids.push_back(static_cast<std::int32_t>(loaded.config.effectivePadId()));
        if (static_cast<std::int64_t>(ids.size()) > loaded.config.nPositions)
            ids.resize(static_cast<std::size_t>(loaded.config.nPositions));
        const auto input = torch::tensor(std::vector<std::int64_t>(ids.begin(), ids.end())).unsqueeze(0); // (1, T)
        const auto lengths = torch::tensor(std::vector<std::int64_t>{static_cast<std::int64_t>(ids.size())});
        const auto probs = torch::softmax(loaded.model->forward(input, lengths).to(torch::kFloat32), 1)[0]; // (C)
        const int k = std::clamp<int>(topK, 1, static_cast<int>(m_impl->labels.size()));
        const auto [values, indices] = probs.topk(k);
        std::vector<LabelScore> scores;
        for (int i = 0; i < k; ++i) {
            LabelScore s;
            s.label = static_cast<int>(indices[i].item<std::int64_t>());
            s.name = m_impl->labels[static_cast<std::size_t>(s.label)];
            s.glyph = EmojiTable::glyphForLabel(s.name);
            s.probability = values[i].item<float>();
            scores.push_back(s);
        }
        out.push_back(std::move(scores));
    }
    return out;
}

const std::vector<std::string>& Classifier::labels() const {
    return m_impl->labels;
}

const std::vector<std::string>& Classifier::warnings() const {
    return m_impl->warnings;
}

bool Classifier::hasUntrainedHead() const {
    return m_impl->untrainedHead;
}

} // namespace litetune
