// A model of GPT-2 124M's shape (12 layers, 12 heads, 768 wide, 1024 positions, the real 50257-id
// vocabulary): parameter counts as Hugging Face and PEFT report them, and a save → load → run
// round trip through a Hugging Face model folder with the real tokenizer files.
#include "api/Tokenizer.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/ModelExport.h"
#include "model/TrainableParameters.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

constexpr std::int64_t kGpt2Parameters = 124'439'808;
constexpr std::int64_t kLabels = 20;

ModelConfig gpt2SmallConfig() {
    ModelConfig config; // GPT2Config defaults are GPT-2 124M
    for (std::int64_t i = 0; i < kLabels; ++i)
        config.labels.push_back("emoji_" + std::to_string(i));
    config.architectures = {"GPT2ForSequenceClassification"};
    return config;
}

TEST(Gpt2LargeShape, ParameterCountsMatchHuggingFaceAndPeft) {
    LoadedModel loaded; // counts need no random weights
    loaded.model = Gpt2ForSequenceClassification(gpt2SmallConfig());
    const ParameterCount full = countParameters(loaded.model);
    EXPECT_EQ(full.total, kGpt2Parameters + 768 * kLabels);
    EXPECT_EQ(full.trainable, full.total);

    selectTrainableParameters(loaded.model, Method::Head);
    EXPECT_EQ(countParameters(loaded.model).trainable, 768 * kLabels);

    LoraConfig lora; // PEFT defaults: r 8 on c_attn
    applyLora(loaded.model, lora, 0);
    const ParameterCount peft = countParameters(loaded.model);
    EXPECT_EQ(peft.trainable, 294'912 + 768 * kLabels);
    // PEFT also counts the frozen original copy of the head (modules_to_save).
    EXPECT_EQ(peft.total, kGpt2Parameters + 294'912 + 2 * 768 * kLabels);
}

TEST(Gpt2LargeShape, SavesLoadsAndRunsWithTheRealTokenizer) {
    LITETUNE_SHARED_FILE(tokenizerDir, "reference/gpt2-tokenizer");
    const Tokenizer tokenizer = Tokenizer::fromFolder(tokenizerDir);
    ASSERT_EQ(tokenizer.vocabSize(), 50257);
    LoadedModel original = createGpt2(gpt2SmallConfig(), 42);
    const std::filesystem::path dir = test::freshTempDir("gpt2-124m") / "model";
    saveModelFolder(original.model, dir, &tokenizer, ExistingFolder::Refuse);
    EXPECT_TRUE(std::filesystem::exists(dir / "vocab.json"));
    EXPECT_TRUE(std::filesystem::exists(dir / "merges.txt"));

    LoadedModel loaded = loadGpt2(dir.string());
    EXPECT_FALSE(loaded.headInitialised);
    EXPECT_EQ(countParameters(loaded.model).total, kGpt2Parameters + 768 * kLabels);
    const std::vector<std::int32_t> a = Tokenizer::fromFolder(dir).encode("I love this so much");
    std::vector<std::int64_t> row(a.begin(), a.end());
    const auto T = static_cast<std::int64_t>(row.size());
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::tensor(row, torch::kLong).view({1, T});
    const torch::Tensor logits = loaded.model(ids);
    EXPECT_EQ(logits.sizes(), torch::IntArrayRef({1, kLabels}));
    EXPECT_TRUE(torch::equal(logits, original.model(ids)));
}

} // namespace
} // namespace litetune
