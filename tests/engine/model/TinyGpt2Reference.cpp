// Test helpers for the shared tiny GPT-2 fixture: see the header.
#include "model/TinyGpt2Reference.h"

#include "model/TrainableParameters.h"

#include <torch/optim.h>

#include <fstream>
#include <vector>

namespace litetune::test {

namespace {

void flatten(const nlohmann::json& value, std::vector<double>& out, std::vector<std::int64_t>& shape,
             std::size_t depth) {
    if (!value.is_array()) {
        out.push_back(value.get<double>());
        return;
    }
    if (shape.size() <= depth)
        shape.push_back(static_cast<std::int64_t>(value.size()));
    for (const auto& item : value)
        flatten(item, out, shape, depth + 1);
}

} // namespace

torch::Tensor jsonTensor(const nlohmann::json& value, bool integral) {
    std::vector<double> values;
    std::vector<std::int64_t> shape;
    flatten(value, values, shape, 0);
    const torch::Tensor flat = torch::tensor(values, torch::kFloat64);
    return flat.view(shape).to(integral ? torch::kLong : torch::kFloat32);
}

TinyGpt2Reference::TinyGpt2Reference(const std::filesystem::path& expectedJson) {
    std::ifstream in(expectedJson);
    expected = nlohmann::json::parse(in);
    modelDir = expectedJson.parent_path() / "model";
    adapterDir = expectedJson.parent_path() / "lora-adapter";
    inputIds = jsonTensor(expected["input_ids"], true);
    attentionMask = jsonTensor(expected["attention_mask"], true);
    lengths = jsonTensor(expected["lengths"], true);
    labels = jsonTensor(expected["labels"], true);
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

void trainSteps(Gpt2ForSequenceClassification& model, int steps, std::uint64_t seed) {
    torch::manual_seed(seed);
    torch::optim::AdamW optimizer(trainableParameters(model), torch::optim::AdamWOptions(1e-2));
    const ModelConfig& config = model->config();
    model->train();
    for (int step = 0; step < steps; ++step) {
        const torch::Tensor ids = torch::randint(0, config.vocabSize - 1, {4, 12}, torch::kLong);
        const torch::Tensor labels = torch::randint(0, config.numLabels(), {4}, torch::kLong);
        const torch::Tensor lengths = torch::full({4}, 12, torch::kLong);
        optimizer.zero_grad();
        sequenceClassificationLoss(model(ids, lengths), labels).backward();
        optimizer.step();
    }
    model->eval();
}

ModelConfig smallConfig() {
    ModelConfig config;
    config.vocabSize = 300;
    config.nPositions = 64;
    config.nEmbd = 32;
    config.nLayer = 2;
    config.nHead = 4;
    config.residPdrop = config.embdPdrop = config.attnPdrop = 0.0;
    config.bosTokenId = config.eosTokenId = 299;
    config.labels = {"neg", "neutral", "pos"};
    config.architectures = {"GPT2ForSequenceClassification"};
    return config;
}

} // namespace litetune::test
