// LoRA against PEFT's outputs for the shared tiny model and adapter (reference/tiny-gpt2):
// adapter logits and loss on both attention paths, merged ≡ unmerged, merge/unmerge round trip.
#include "lora/LoraInjection.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

using test::kReferenceTolerance;
using test::maxAbsDiff;

TEST(LoraReference, AdapterLogitsAndLossMatchPeft) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    const AdapterLoadResult adapter = loadAdapter(loaded.model, ref.adapterDir);
    EXPECT_TRUE(adapter.headLoaded);
    EXPECT_EQ(adapter.modules,
              (std::vector<std::string>{"transformer.h.0.attn.c_attn", "transformer.h.1.attn.c_attn"}));
    EXPECT_DOUBLE_EQ(loraLayers(loaded.model).front().layer->lora()->scaling(),
                     ref.expected["lora"]["scaling"].get<double>());
    torch::NoGradGuard noGrad;
    const torch::Tensor expected = test::jsonTensor(ref.expected["lora"]["logits"]);
    const torch::Tensor masked = loaded.model(ref.inputIds, torch::Tensor(), ref.attentionMask);
    const torch::Tensor causal = loaded.model(ref.inputIds, ref.lengths);
    EXPECT_LE(maxAbsDiff(masked, expected), kReferenceTolerance);
    EXPECT_LE(maxAbsDiff(causal, expected), kReferenceTolerance);
    EXPECT_NEAR(sequenceClassificationLoss(masked, ref.labels).item<double>(),
                ref.expected["lora"]["loss"].get<double>(), kReferenceTolerance);
}

TEST(LoraReference, MergedEqualsUnmergedAndUnmergeRestoresTheBase) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    loadAdapter(loaded.model, ref.adapterDir);
    const Conv1D layer = loraLayers(loaded.model).front().layer;
    const torch::Tensor baseWeight = layer->weight.clone();
    torch::NoGradGuard noGrad;
    const torch::Tensor unmerged = loaded.model(ref.inputIds, ref.lengths);
    mergeLora(loaded.model);
    EXPECT_TRUE(layer->lora()->merged());
    EXPECT_GT(maxAbsDiff(layer->weight, baseWeight), 1e-3);
    const torch::Tensor merged = loaded.model(ref.inputIds, ref.lengths);
    EXPECT_LE(maxAbsDiff(merged, unmerged), 1e-5);
    mergeLora(loaded.model); // idempotent
    EXPECT_LE(maxAbsDiff(loaded.model(ref.inputIds, ref.lengths), unmerged), 1e-5);
    unmergeLora(loaded.model);
    EXPECT_LE(maxAbsDiff(layer->weight, baseWeight), 1e-6);
    EXPECT_LE(maxAbsDiff(loaded.model(ref.inputIds, ref.lengths), unmerged), 1e-5);
}

} // namespace
} // namespace litetune
