// Test helpers for the shared tiny GPT-2 fixture (reference/tiny-gpt2: model, LoRA adapter,
// expected.json from Hugging Face transformers) and small shared routines of the model and LoRA
// suites. Tolerances: reference/README.md.
#pragma once

#include "model/Gpt2.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

namespace litetune::test {

constexpr double kReferenceTolerance = 1e-4;

struct TinyGpt2Reference {
    explicit TinyGpt2Reference(const std::filesystem::path& expectedJson);

    std::filesystem::path modelDir;
    std::filesystem::path adapterDir;
    nlohmann::json expected;

    torch::Tensor inputIds;      // (4, 19) int64
    torch::Tensor attentionMask; // (4, 19) int64
    torch::Tensor lengths;       // (4) int64
    torch::Tensor labels;        // (4) int64
};

// Nested JSON lists of numbers as a float32 tensor (or int64 with `integral`).
torch::Tensor jsonTensor(const nlohmann::json& value, bool integral = false);

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b);

// A few AdamW steps (lr 1e-2) on random ids and labels, so LoRA factors and the head move away
// from their initial values. Dropout follows the model's config; the model is left in eval mode.
void trainSteps(Gpt2ForSequenceClassification& model, int steps, std::uint64_t seed);

// A small random config (vocab 300, 2 layers, 4 heads, 32 wide, 64 positions, 3 labels, no dropout).
ModelConfig smallConfig();

} // namespace litetune::test
