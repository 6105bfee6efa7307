// GPT-2 forward pass against Hugging Face transformers' outputs for the shared tiny model
// (reference/tiny-gpt2/expected.json): classification logits and loss, pooled positions, hidden
// states, embeddings, block outputs and tied LM-head logits, on both attention paths.
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

using test::kReferenceTolerance;
using test::maxAbsDiff;

TEST(Gpt2Reference, LogitsAndLossMatchHuggingFaceWithExplicitMask) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    EXPECT_FALSE(loaded.headInitialised);
    EXPECT_EQ(loaded.config.numLabels(), 5);
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = loaded.model(ref.inputIds, /*lengths=*/torch::Tensor(), ref.attentionMask);
    ASSERT_EQ(logits.sizes(), torch::IntArrayRef({4, 5}));
    EXPECT_LE(maxAbsDiff(logits, test::jsonTensor(ref.expected["logits"])), kReferenceTolerance);
    const double loss = sequenceClassificationLoss(logits, ref.labels).item<double>();
    EXPECT_NEAR(loss, ref.expected["loss"].get<double>(), kReferenceTolerance);
}

TEST(Gpt2Reference, CausalOnlyPathWithLengthsAgreesWithExplicitMask) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    torch::NoGradGuard noGrad;
    const torch::Tensor masked = loaded.model(ref.inputIds, torch::Tensor(), ref.attentionMask);
    const torch::Tensor causal = loaded.model(ref.inputIds, ref.lengths);
    const torch::Tensor causalByPadRule = loaded.model(ref.inputIds);
    EXPECT_LE(maxAbsDiff(causal, test::jsonTensor(ref.expected["logits"])), kReferenceTolerance);
    EXPECT_LE(maxAbsDiff(causal, masked), 1e-5);
    EXPECT_TRUE(torch::equal(causal, causalByPadRule));
}

// The classifier runs its last block at the pooled positions only: the same logits and the same
// gradients as the full pass read at those positions, with and without an explicit mask.
TEST(Gpt2Reference, LastBlockAtPooledPositionsEqualsTheFullPass) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    auto& model = loaded.model;
    const torch::Tensor positions = model->pooledPositions(ref.inputIds);
    for (const torch::Tensor& mask : {torch::Tensor(), ref.attentionMask}) {
        SCOPED_TRACE(mask.defined() ? "explicit mask" : "causal only");
        const auto gradients = [&](bool pooled) {
            model->zero_grad();
            const torch::Tensor logits = pooled ? model(ref.inputIds, torch::Tensor(), mask)
                                                : model->classify(model->transformer()(ref.inputIds, mask), positions);
            sequenceClassificationLoss(logits, ref.labels).backward();
            std::vector<torch::Tensor> grads{logits.detach()};
            for (const auto& p : model->parameters())
                grads.push_back(p.grad().defined() ? p.grad().clone() : torch::zeros_like(p));
            return grads;
        };
        const std::vector<torch::Tensor> full = gradients(false);
        const std::vector<torch::Tensor> pooled = gradients(true);
        ASSERT_EQ(full.size(), pooled.size());
        EXPECT_LE(maxAbsDiff(pooled[0], full[0]), 1e-5); // logits
        for (std::size_t i = 1; i < full.size(); ++i)
            EXPECT_LE(maxAbsDiff(pooled[i], full[i]), 1e-5) << "parameter " << i;
    }
}

TEST(Gpt2Reference, PooledPositionsAreTheLastNonPadToken) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    const torch::Tensor expected = test::jsonTensor(ref.expected["pooled_positions"], true);
    EXPECT_TRUE(torch::equal(loaded.model->pooledPositions(ref.inputIds), expected));
    EXPECT_TRUE(torch::equal(loaded.model->pooledPositions(ref.inputIds, ref.lengths), expected));
    // Current Hugging Face (>= 4.48): a pad id inside the text does not cut the sequence short.
    const torch::Tensor inner = torch::tensor({{5, 999, 7, 999}}, torch::kLong);
    EXPECT_EQ(loaded.model->pooledPositions(inner).item<std::int64_t>(), 2);
}

TEST(Gpt2Reference, HiddenStatesEmbeddingsAndBlockOutputsMatch) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> trace;
    const torch::Tensor hidden = loaded.model->transformer()(ref.inputIds, ref.attentionMask, &trace);
    ASSERT_EQ(trace.size(), 3u); // embeddings + 2 blocks
    EXPECT_LE(maxAbsDiff(hidden[0], test::jsonTensor(ref.expected["last_hidden_state_seq0"])), kReferenceTolerance);
    EXPECT_LE(maxAbsDiff(trace[0][0], test::jsonTensor(ref.expected["debug_seq0"]["embeddings"])), kReferenceTolerance);
    for (int block = 0; block < 2; ++block)
        EXPECT_LE(maxAbsDiff(trace[block + 1][0], test::jsonTensor(ref.expected["debug_seq0"]["block_outputs"][block])),
                  kReferenceTolerance)
            << "block " << block;
}

TEST(Gpt2Reference, TiedLmHeadLogitsMatch) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    torch::NoGradGuard noGrad;
    const torch::Tensor hidden = loaded.model->transformer()(ref.inputIds.slice(0, 0, 1)); // (1, 19, C)
    const torch::Tensor lm = loaded.model->transformer()->lmLogits(hidden[0][18]);         // (V)
    EXPECT_LE(maxAbsDiff(lm, test::jsonTensor(ref.expected["lm_logits_seq0_last"])), kReferenceTolerance);
    EXPECT_EQ(lm.argmax().item<std::int64_t>(), ref.expected["lm_logits_seq0_last_argmax"].get<std::int64_t>());
}

TEST(Gpt2Reference, KeyPaddingMaskChangesOnlyWhatItMasks) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    torch::NoGradGuard noGrad;
    // Masking key 3 of row 0 changes the outputs of positions >= 3 only.
    torch::Tensor mask = torch::ones({1, 19}, torch::kLong);
    mask[0][3] = 0;
    const torch::Tensor ids = ref.inputIds.slice(0, 0, 1);
    const torch::Tensor plain = loaded.model->transformer()(ids, torch::ones({1, 19}, torch::kLong));
    const torch::Tensor masked = loaded.model->transformer()(ids, mask);
    EXPECT_LE(maxAbsDiff(plain.slice(1, 0, 3), masked.slice(1, 0, 3)), 1e-6);
    EXPECT_GT(maxAbsDiff(plain.slice(1, 4, 19), masked.slice(1, 4, 19)), 1e-4);
}

} // namespace
} // namespace litetune
