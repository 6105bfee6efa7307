// Initialisation (Hugging Face's _init_weights distributions, seeded), the built-in demo model,
// config validation and input checks, dtype moves.
#include "model/Gpt2Init.h"
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"
#include "util/Error.h"

#include <gtest/gtest.h>
#include <torch/cuda.h>

#include <cmath>

namespace litetune {
namespace {

std::map<std::string, torch::Tensor> parametersOf(Gpt2ForSequenceClassification& model) {
    std::map<std::string, torch::Tensor> out;
    for (auto& item : model->named_parameters())
        out.emplace(item.key(), item.value());
    return out;
}

// The largest logit a freshly initialised model can give: a logit is a row w of score.weight dotted
// with ln_f's output x, and ‖x‖ ≤ √C (layer norm with unit weight and zero bias), so |logit| ≤
// √C · max‖w‖. Rounding errors scale with it.
double logitBound(Gpt2ForSequenceClassification& model) {
    const torch::Tensor w = model->score()->weight.detach().to(torch::kFloat64);
    return std::sqrt(static_cast<double>(w.size(1))) * w.norm(2, {1}).max().item<double>();
}

// How far the logits of a half-precision copy may lie from float32's: kHalfSlack · u · logitBound,
// with u the dtype's unit roundoff (bfloat16 2^-8, float16 2^-11). Each op's result is rounded to
// a relative u, and over this 2-layer model the logits moved by at most 1.3 u · logitBound over
// 1,500 random models and inputs in bfloat16 on the CPU (LibTorch 1.13 and 2.x, explicit and SDPA
// attention); 2 leaves room above that. The fixed 2e-2 this replaces is bf16's rounding of a trained
// model's logits of about 5, not of these: here logits are about 0.2 and logitBound about 0.6, so
// 2e-2 was 8 u · logitBound and let an error of 10% of every logit pass.
constexpr double kHalfSlack = 2.0;
const double kBfloat16Roundoff = std::ldexp(1.0, -8);
const double kFloat16Roundoff = std::ldexp(1.0, -11);

void expectBadInput(const std::function<void()>& action, const std::string& fragment) {
    try {
        action();
        ADD_FAILURE() << "expected a BadInput error mentioning '" << fragment << "'";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
    }
}

TEST(Gpt2Init, DrawsHuggingFaceDistributions) {
    ModelConfig config = test::smallConfig();
    config.nEmbd = 256;
    config.nLayer = 4;
    LoadedModel loaded = createGpt2(config, 7);
    auto p = parametersOf(loaded.model);
    const double range = 0.02;
    const double projRange = range / std::sqrt(8.0);
    EXPECT_NEAR(p.at("transformer.h.0.attn.c_attn.weight").std().item<double>(), range, 0.05 * range);
    EXPECT_NEAR(p.at("transformer.h.3.mlp.c_fc.weight").std().item<double>(), range, 0.05 * range);
    EXPECT_NEAR(p.at("transformer.wte.weight").std().item<double>(), range, 0.05 * range);
    EXPECT_NEAR(p.at("transformer.h.1.attn.c_proj.weight").std().item<double>(), projRange, 0.05 * projRange);
    EXPECT_NEAR(p.at("transformer.h.2.mlp.c_proj.weight").std().item<double>(), projRange, 0.05 * projRange);
    EXPECT_NEAR(p.at("score.weight").std().item<double>(), range, 0.15 * range);
    EXPECT_EQ(p.at("transformer.h.0.attn.c_attn.bias").abs().max().item<double>(), 0.0);
    EXPECT_EQ(p.at("transformer.h.0.ln_1.bias").abs().max().item<double>(), 0.0);
    EXPECT_TRUE(torch::equal(p.at("transformer.ln_f.weight"), torch::ones({256})));
    EXPECT_TRUE(torch::equal(p.at("transformer.h.3.ln_2.weight"), torch::ones({256})));
}

TEST(Gpt2Init, SeedDecidesTheWeights) {
    LoadedModel a = createGpt2(test::smallConfig(), 1);
    LoadedModel b = createGpt2(test::smallConfig(), 1);
    LoadedModel c = createGpt2(test::smallConfig(), 2);
    auto pa = parametersOf(a.model);
    auto pb = parametersOf(b.model);
    auto pc = parametersOf(c.model);
    for (const auto& [name, tensor] : pa)
        EXPECT_TRUE(torch::equal(tensor, pb.at(name))) << name;
    EXPECT_FALSE(torch::equal(pa.at("transformer.wte.weight"), pc.at("transformer.wte.weight")));
}

TEST(Gpt2Init, DemoModelNeedsNoFiles) {
    LoadedModel demo = loadGpt2("demo", {{"a", "b", "c"}});
    EXPECT_EQ(demo.config.vocabSize, 257);
    EXPECT_EQ(demo.config.effectivePadId(), 256);
    EXPECT_EQ(demo.config.numLabels(), 3);
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::tensor({{72, 105, 33, 256}, {65, 256, 256, 256}}, torch::kLong);
    const torch::Tensor logits = demo.model(ids);
    EXPECT_EQ(logits.sizes(), torch::IntArrayRef({2, 3}));
    EXPECT_TRUE(torch::isfinite(logits).all().item<bool>());
    // Fixed seed: the demo model is the same every time.
    LoadedModel again = loadGpt2("demo", {{"a", "b", "c"}});
    EXPECT_TRUE(torch::equal(again.model(ids), logits));
}

TEST(Gpt2Init, Bfloat16ModelAgreesWithFloat32) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 3);
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    const torch::Tensor ids = torch::randint(0, 299, {2, 10}, torch::kLong);
    const torch::Tensor reference = loaded.model(ids);
    const double bound = kHalfSlack * kBfloat16Roundoff * logitBound(loaded.model);
    std::map<std::string, torch::Tensor> float32;
    for (const auto& [name, tensor] : parametersOf(loaded.model))
        float32.emplace(name, tensor.detach().clone());

    loaded.model->to(torch::kBFloat16);
    // Exact: the move rounds each weight once to the nearest bfloat16 and changes nothing else.
    for (const auto& [name, tensor] : parametersOf(loaded.model))
        EXPECT_TRUE(torch::equal(tensor, float32.at(name).to(torch::kBFloat16))) << name;
    const torch::Tensor half = loaded.model(ids);
    EXPECT_EQ(half.scalar_type(), torch::kBFloat16);
    EXPECT_LE(test::maxAbsDiff(half, reference), bound);
    // An all-ones mask adds -0.0 to every attention score: where both calls take the explicit
    // attention path (LibTorch < 2.1, without SDPA) the logits are the same bit for bit; with SDPA
    // the unmasked call runs another kernel and only the bound holds.
    const torch::Tensor masked = loaded.model(ids, torch::Tensor(), torch::ones({2, 10}, torch::kLong));
    if (!haveScaledDotProductAttention())
        EXPECT_TRUE(torch::equal(masked, half));
    EXPECT_LE(test::maxAbsDiff(masked, reference), bound);
}

TEST(Gpt2Init, CudaHalfPrecisionRuns) {
    if (!torch::cuda::is_available())
        GTEST_SKIP() << "no CUDA device";
    torch::NoGradGuard noGrad;
    torch::manual_seed(3);
    const torch::Tensor ids = torch::randint(0, 299, {2, 10}, torch::kLong);
    const torch::Tensor mask = torch::ones({2, 10}, torch::kLong);
    for (const auto& [dtype, roundoff] :
         {std::pair{torch::kFloat16, kFloat16Roundoff}, {torch::kBFloat16, kBfloat16Roundoff}}) {
        LoadedModel loaded = createGpt2(test::smallConfig(), 3);
        const torch::Tensor reference = loaded.model(ids);
        // CUDA kernels pick their own reduction order (and may reduce in half precision), which the
        // CPU measurement behind kHalfSlack does not cover: twice its slack.
        const double bound = 2 * kHalfSlack * roundoff * logitBound(loaded.model);
        loaded.model->to(torch::Device(torch::kCUDA), dtype);
        const torch::Tensor half = loaded.model(ids.cuda());
        EXPECT_EQ(half.scalar_type(), dtype);
        EXPECT_LE(test::maxAbsDiff(half.cpu(), reference), bound) << dtype;
        EXPECT_LE(test::maxAbsDiff(loaded.model(ids.cuda(), torch::Tensor(), mask.cuda()).cpu(), reference), bound)
            << dtype;
    }
}

TEST(Gpt2Init, RejectsBadConfigsAndInputs) {
    ModelConfig heads = test::smallConfig();
    heads.nHead = 5;
    expectBadInput([&] { Gpt2ForSequenceClassification model(heads); }, "n_head");
    ModelConfig activation = test::smallConfig();
    activation.activationFunction = "gelu_fancy";
    expectBadInput([&] { Gpt2ForSequenceClassification model(activation); }, "gelu_fancy");
    ModelConfig huge = test::smallConfig();
    huge.nEmbd = 65536;
    huge.nHead = 1;
    huge.vocabSize = 9000000;
    expectBadInput([&] { Gpt2ForSequenceClassification model(huge); }, "billion");

    LoadedModel loaded = createGpt2(test::smallConfig(), 3);
    torch::NoGradGuard noGrad;
    expectBadInput([&] { loaded.model(torch::zeros({1, 65}, torch::kLong)); }, "n_positions");
    expectBadInput([&] { loaded.model(torch::full({1, 4}, 300, torch::kLong)); }, "token id 300");
    expectBadInput([&] { loaded.model(torch::zeros({4}, torch::kLong)); }, "2-D");
    expectBadInput(
        [&] {
            loaded.model(torch::zeros({2, 4}, torch::kLong), torch::Tensor(), torch::ones({2, 5}));
        },
        "attention_mask");
}

} // namespace
} // namespace litetune
