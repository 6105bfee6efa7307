// LoRA mechanics: PEFT's init and scaling, the branch formula, dropout on the branch only, target
// matching, trainable parameters per method, base weights shared and bit-identical after training.
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"
#include "model/TrainableParameters.h"
#include "util/Error.h"

#include "TestFiles.h"

#include <gtest/gtest.h>

#include <cmath>

namespace litetune {
namespace {

using test::badInputMessage;

LoraConfig targeting(std::vector<std::string> targets) {
    LoraConfig config;
    config.targetModules = std::move(targets);
    return config;
}

TEST(LoraLayer, InitialisesAsPeftAndStartsAsANoOp) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 5);
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::randint(0, 299, {2, 7}, torch::kLong);
    const torch::Tensor before = loaded.model(ids);
    LoraConfig config;
    config.r = 4;
    config.loraAlpha = 16;
    applyLora(loaded.model, config, 9);
    const auto layers = loraLayers(loaded.model);
    ASSERT_EQ(layers.size(), 2u);
    const LoraLayer& lora = *layers[0].layer->lora();
    EXPECT_EQ(lora.loraA()->weight.sizes(), torch::IntArrayRef({4, 32}));
    EXPECT_EQ(lora.loraB()->weight.sizes(), torch::IntArrayRef({96, 4}));
    const double bound = 1.0 / std::sqrt(32.0);
    EXPECT_LE(lora.loraA()->weight.abs().max().item<double>(), bound);
    EXPECT_GT(lora.loraA()->weight.abs().max().item<double>(), 0.8 * bound);
    EXPECT_EQ(lora.loraB()->weight.abs().max().item<double>(), 0.0);
    EXPECT_DOUBLE_EQ(lora.scaling(), 4.0);
    EXPECT_TRUE(torch::equal(loaded.model(ids), before));
}

TEST(LoraLayer, BranchComputesPeftsFormulaWithRsLoraScaling) {
    Conv1D conv(8, 6);
    conv->weight.data().normal_();
    conv->bias.data().normal_();
    LoraLayerOptions options;
    options.r = 2;
    options.alpha = 5;
    options.rslora = true;
    auto lora = std::make_shared<LoraLayer>(8, 6, options);
    lora->loraA()->weight.data().normal_();
    lora->loraB()->weight.data().normal_();
    conv->attachLora(lora);
    EXPECT_DOUBLE_EQ(lora->scaling(), 5.0 / std::sqrt(2.0));
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({3, 4, 8});
    const torch::Tensor expected =
        torch::matmul(x, conv->weight) + conv->bias +
        torch::matmul(torch::matmul(x, lora->loraA()->weight.t()), lora->loraB()->weight.t()) * (5.0 / std::sqrt(2.0));
    EXPECT_LE(test::maxAbsDiff(conv(x), expected), 1e-5);
    // The merged weight is W + (B·A)ᵀ·scaling.
    EXPECT_LE(test::maxAbsDiff(conv->effectiveWeight(),
                               conv->weight + torch::matmul(lora->loraB()->weight, lora->loraA()->weight).t() *
                                                  (5.0 / std::sqrt(2.0))),
              1e-5);
}

TEST(LoraLayer, DropoutTouchesTheBranchOnly) {
    Conv1D conv(16, 16);
    conv->weight.data().normal_();
    LoraLayerOptions options;
    options.r = 4;
    options.dropout = 0.5;
    auto lora = std::make_shared<LoraLayer>(16, 16, options);
    conv->attachLora(lora);
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({5, 16});
    conv->train();
    // B = 0: whatever dropout does to the branch input, the output is the base output exactly.
    EXPECT_TRUE(torch::equal(conv(x), torch::addmm(conv->bias, x, conv->weight)));
    lora->loraA()->weight.data().normal_();
    lora->loraB()->weight.data().normal_();
    EXPECT_FALSE(torch::equal(conv(x), conv(x))); // the branch is now stochastic in train mode
    conv->eval();
    EXPECT_TRUE(torch::equal(conv(x), conv(x)));
}

TEST(LoraLayer, TargetsFollowPeftNameRules) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 5);
    auto& model = loaded.model;
    EXPECT_EQ(loraTargetModules(model, targeting({"c_attn"})).size(), 2u);
    EXPECT_EQ(loraTargetModules(model, targeting({"c_proj"})),
              (std::vector<std::string>{"transformer.h.0.attn.c_proj", "transformer.h.0.mlp.c_proj",
                                        "transformer.h.1.attn.c_proj", "transformer.h.1.mlp.c_proj"}));
    EXPECT_EQ(loraTargetModules(model, targeting({"attn.c_proj"})).size(), 2u);
    EXPECT_EQ(loraTargetModules(model, targeting({"mlp.c_fc", "mlp.c_proj"})).size(), 4u);
    LoraConfig regex;
    regex.targetRegex = R"(.*\.1\.attn\.c_attn)";
    EXPECT_EQ(loraTargetModules(model, regex), std::vector<std::string>{"transformer.h.1.attn.c_attn"});
    LoraConfig all;
    all.targetRegex = "all-linear";
    EXPECT_EQ(loraTargetModules(model, all).size(), 8u);
    LoraConfig layerOne = targeting({"c_attn", "c_fc"});
    layerOne.layersToTransform = {1};
    EXPECT_EQ(loraTargetModules(model, layerOne),
              (std::vector<std::string>{"transformer.h.1.attn.c_attn", "transformer.h.1.mlp.c_fc"}));

    EXPECT_NE(badInputMessage([&] { loraTargetModules(model, targeting({"q_proj"})); }).find("q_proj"),
              std::string::npos);
    EXPECT_NE(badInputMessage([&] { loraTargetModules(model, targeting({"ln_1"})); }).find("not a Conv1D"),
              std::string::npos);
}

TEST(LoraLayer, RankAndAlphaPatternsOverrideDefaults) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 5);
    LoraConfig config = targeting({"c_attn", "c_fc"});
    config.r = 4;
    config.rankPattern = {{"c_fc", 2}};
    config.alphaPattern = {{"h.1.attn.c_attn", 12}};
    applyLora(loaded.model, config, 1);
    for (const NamedLoraLayer& named : loraLayers(loaded.model)) {
        const bool fc = named.module.find("c_fc") != std::string::npos;
        EXPECT_EQ(named.layer->lora()->rank(), fc ? 2 : 4) << named.module;
        const double alpha = named.module == "transformer.h.1.attn.c_attn" ? 12.0 : 8.0;
        EXPECT_DOUBLE_EQ(named.layer->lora()->alpha(), alpha) << named.module;
    }
}

TEST(LoraLayer, TrainableParametersPerMethod) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 5);
    auto& model = loaded.model;
    const std::int64_t score = 3 * 32;
    const ParameterCount full = countParameters(model);
    selectTrainableParameters(model, Method::Head);
    EXPECT_EQ(countParameters(model).trainable, score);
    selectTrainableParameters(model, Method::BitFit);
    // Biases: per layer c_attn 96, attn.c_proj 32, c_fc 128, mlp.c_proj 32, ln_1 32, ln_2 32; ln_f 32.
    EXPECT_EQ(countParameters(model).trainable, score + 2 * (96 + 32 + 128 + 32 + 32 + 32) + 32);
    selectTrainableParameters(model, Method::Evaluate);
    EXPECT_EQ(countParameters(model).trainable, 0);
    EXPECT_THROW(selectTrainableParameters(model, Method::Lora), Error);

    LoraConfig config;
    config.r = 8;
    applyLora(model, config, 3);
    const std::int64_t lora = 2 * (8 * 32 + 96 * 8);
    const ParameterCount peft = countParameters(model);
    EXPECT_EQ(peft.trainable, lora + score);
    EXPECT_EQ(peft.total, full.total + lora + score);
    EXPECT_EQ(trainableParameters(model).size(), 5u); // 2 × (A, B) + score
}

TEST(LoraLayer, BaseWeightsAreSharedAndStayBitIdenticalWhileTraining) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 5);
    auto& model = loaded.model;
    std::map<std::string, torch::Tensor> before;
    std::map<std::string, const void*> storage;
    for (auto& item : model->named_parameters()) {
        before.emplace(item.key(), item.value().clone());
        storage.emplace(item.key(), item.value().data_ptr());
    }
    LoraConfig config = targeting({"c_attn", "mlp.c_fc"});
    config.loraDropout = 0.1;
    applyLora(model, config, 3);
    test::trainSteps(model, 5, 17);
    for (auto& item : model->named_parameters()) {
        const std::string& name = item.key();
        if (name.find(".lora_") != std::string::npos)
            continue;
        EXPECT_EQ(item.value().data_ptr(), storage.at(name)) << name << " was copied, not shared";
        if (name == "score.weight")
            EXPECT_FALSE(torch::equal(item.value(), before.at(name))) << "the head did not train";
        else
            EXPECT_TRUE(torch::equal(item.value(), before.at(name))) << name << " changed";
    }
    EXPECT_GT(loraLayers(model).front().layer->lora()->loraB()->weight.abs().max().item<double>(), 0.0);
}

} // namespace
} // namespace litetune
