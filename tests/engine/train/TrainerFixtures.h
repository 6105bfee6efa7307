// What the Trainer's tests share (TrainerTest.cpp, BestModelTest.cpp): learnable synthetic token
// rows, a tiny four-class GPT-2 with fixed initial weights, and a CPU fp32 TrainerSetup over them.
#pragma once

#include "api/RuntimeInfo.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/Trainer.h"

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace litetune::test {

constexpr int kTrainerTestClasses = 4;

// Learnable synthetic data: the label is the first token modulo the class count.
inline EncodedSplit syntheticSplit(const std::string& name, int rows, unsigned seed) {
    std::mt19937 rng(seed);
    EncodedSplit split;
    split.name = name;
    for (int i = 0; i < rows; ++i) {
        const int length = 3 + static_cast<int>(rng() % 18);
        std::vector<std::int32_t> ids;
        for (int t = 0; t < length; ++t)
            ids.push_back(static_cast<std::int32_t>(rng() % 256));
        split.labels.push_back(ids.front() % kTrainerTestClasses);
        split.lengths.push_back(length);
        split.tokens.push_back(std::move(ids));
    }
    return split;
}

// The same weights on every call (seed 7), every parameter trainable.
inline Gpt2ForSequenceClassification tinyModel(double dropout = 0.0) {
    ModelConfig config = demoConfig({"a", "b", "c", "d"});
    config.residPdrop = config.embdPdrop = config.attnPdrop = dropout;
    Gpt2ForSequenceClassification model = createGpt2(config, 7).model;
    selectTrainableParameters(model, Method::Full);
    return model;
}

// The splits must outlive the setup (it points at them).
inline TrainerSetup trainerSetup(const EncodedSplit& train, const EncodedSplit& eval,
                                 Gpt2ForSequenceClassification model, const TrainConfig& config,
                                 const std::filesystem::path& runDir) {
    TrainerSetup setup;
    setup.config = config;
    setup.exec = resolveDevicePrecision("cpu", Precision::Fp32);
    setup.model = model;
    setup.train = &train;
    setup.eval = &eval;
    setup.labelNames = {"a", "b", "c", "d"};
    setup.padId = 256;
    setup.runDir = runDir;
    return setup;
}

} // namespace litetune::test
