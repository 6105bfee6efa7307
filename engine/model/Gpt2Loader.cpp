// Gpt2Loader: see the header.
#include "model/Gpt2Loader.h"

#include "io/DemoWeights.h"
#include "model/Gpt2Init.h"
#include "util/Error.h"

#include <map>

namespace litetune {

namespace fs = std::filesystem;

namespace {

bool isLoraName(const std::string& name) {
    return name.find(".lora_") != std::string::npos;
}

std::string labelCountText(std::int64_t n) {
    return std::to_string(n) + (n == 1 ? " label" : " labels");
}

} // namespace

ModelConfig demoConfig(const std::vector<std::string>& labels) {
    ModelConfig config;
    config.vocabSize = 257;
    config.nPositions = 128;
    config.nEmbd = 64;
    config.nLayer = 2;
    config.nHead = 4;
    config.bosTokenId = 256;
    config.eosTokenId = 256;
    config.padTokenId = 256;
    config.labels = labels;
    config.architectures = {"GPT2ForSequenceClassification"};
    return config;
}

LoadedModel createGpt2(const ModelConfig& config, std::uint64_t seed) {
    LoadedModel loaded;
    loaded.config = config;
    loaded.model = Gpt2ForSequenceClassification(config);
    initGpt2Weights(loaded.model, seed);
    loaded.model->eval();
    loaded.headInitialised = true;
    return loaded;
}

bool copyGpt2Weights(Gpt2ForSequenceClassification& model, const TensorMap& weights, const std::string& source,
                     bool allowMissingHead) {
    std::map<std::string, std::vector<std::int64_t>> expected;
    std::map<std::string, torch::Tensor> targets;
    for (auto& item : model->named_parameters(/*recurse=*/true)) {
        if (isLoraName(item.key()))
            continue;
        expected.emplace(item.key(), item.value().sizes().vec());
        targets.emplace(item.key(), item.value());
    }
    const bool haveHead = weights.count("score.weight") > 0;
    if (!haveHead && allowMissingHead)
        expected.erase("score.weight");
    checkExpectedTensors(weights, expected, source);

    torch::NoGradGuard noGrad;
    for (const auto& [name, shape] : expected) {
        const torch::Tensor& value = weights.at(name);
        if (!value.is_floating_point())
            throwBadInput(source + ": tensor " + name + " has dtype " +
                          std::string(c10::toString(value.scalar_type())) + ", expected a floating-point type");
        targets.at(name).copy_(value);
    }
    return haveHead;
}

LoadedModel loadGpt2(const std::string& modelPath, const ModelLoadOptions& options) {
    if (modelPath == "demo") {
        // The seeded init draws the head; every other weight is the pretrained one.
        LoadedModel loaded = createGpt2(demoConfig(options.labels), kDemoSeed);
        const EmbeddedBytes weights = demoModelWeights();
        TensorMap tensors = loadSafetensorsBytes(weights.data, weights.size, "the built-in demo model");
        tensors.erase("score.weight");
        copyGpt2Weights(loaded.model, tensors, "the built-in demo model", /*allowMissingHead=*/true);
        loaded.messages.push_back("built-in demo model: a tiny GPT-2 (2 layers, 64 wide, byte-level vocabulary) "
                                  "pretrained by LiteTune on Debian's fortunes in 11 languages; its classification "
                                  "head is new");
        return loaded;
    }
    const fs::path folder(modelPath);
    if (!fs::is_directory(folder))
        throwBadInput("model folder " + modelPath +
                      " does not exist (expected a folder with config.json and "
                      "model.safetensors, or the word demo)");
    LoadedModel loaded;
    loaded.folder = folder;
    loaded.config = readModelConfig(folder / "config.json");
    TensorMap weights = loadModelWeights(folder);
    const std::string source = "the weights in " + modelPath;

    const auto head = weights.find("score.weight");
    if (!options.labels.empty()) {
        const auto wanted = static_cast<std::int64_t>(options.labels.size());
        if (head != weights.end() && !options.replaceHead && head->second.dim() == 2 && head->second.size(0) != wanted)
            throwBadInput(modelPath + " holds a classification head for " + labelCountText(head->second.size(0)) +
                          " but the task has " + labelCountText(wanted) +
                          "; start from its base model or ask for a new head");
        loaded.config.labels = options.labels;
    } else if (head != weights.end() && head->second.dim() == 2 && loaded.config.labels.empty() &&
               head->second.size(0) != loaded.config.numLabels()) {
        // config.json without id2label: the head's shape tells the label count.
        for (std::int64_t i = 0; i < head->second.size(0); ++i)
            loaded.config.labels.push_back("LABEL_" + std::to_string(i));
    }
    if (options.replaceHead)
        weights.erase("score.weight");

    loaded.model = Gpt2ForSequenceClassification(loaded.config);
    if (!copyGpt2Weights(loaded.model, weights, source, /*allowMissingHead=*/true)) {
        initScoreHead(loaded.model, options.seed);
        loaded.headInitialised = true;
        loaded.messages.push_back(
            (options.replaceHead ? std::string("the checkpoint's classification head was replaced")
                                 : "score.weight is not in " + modelPath) +
            ": a new head for " + labelCountText(loaded.config.numLabels()) + " was drawn from N(0, " +
            std::to_string(loaded.config.initializerRange) + ") and must be trained");
    }
    loaded.model->eval();
    return loaded;
}

TensorMap gpt2Tensors(Gpt2ForSequenceClassification& model) {
    TensorMap tensors;
    torch::NoGradGuard noGrad;
    for (auto& item : model->named_parameters(/*recurse=*/true))
        if (!isLoraName(item.key()))
            tensors.emplace(item.key(), item.value().detach());
    for (auto& item : model->named_modules()) {
        if (const auto* conv = item.value()->as<Conv1DImpl>(); conv && conv->lora())
            tensors[item.key() + ".weight"] = conv->effectiveWeight().detach();
    }
    return tensors;
}

} // namespace litetune
