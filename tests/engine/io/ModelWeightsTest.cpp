// loadModelWeights on model folders built in the test: the reference folder, a prefix-less
// GPT2Model checkpoint with mask buffers and a tied lm_head, sharded checkpoints (good and
// hostile), and pickle-only folders.
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "io/TensorIO.h"
#include "util/Error.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

namespace fs = std::filesystem;

void expectBadInput(const fs::path& dir, const std::vector<std::string>& fragments) {
    try {
        loadModelWeights(dir);
        ADD_FAILURE() << "accepted " << dir;
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.kind(), ErrorKind::BadInput) << message;
        for (const std::string& fragment : fragments)
            EXPECT_NE(message.find(fragment), std::string::npos) << "'" << fragment << "' not in: " << message;
    }
}

TEST(ModelWeights, LoadsTheReferenceFolderUnchanged) {
    LITETUNE_SHARED_FILE(dir, "reference/tiny-gpt2/model");
    const TensorMap weights = loadModelWeights(dir);
    const TensorMap raw = loadSafetensors(dir / "model.safetensors");
    ASSERT_EQ(weights.size(), raw.size());
    for (const auto& [name, tensor] : raw)
        EXPECT_TRUE(torch::equal(weights.at(name), tensor)) << name;
}

TEST(ModelWeights, NormalisesAPrefixlessCheckpointAndDropsBuffers) {
    const fs::path dir = test::freshTempDir("weights-prefixless");
    TensorMap tensors{
        {"wte.weight", torch::ones({10, 4})},          {"wpe.weight", torch::ones({8, 4})},
        {"h.0.attn.bias", torch::ones({1, 1, 8, 8})},  {"h.0.attn.masked_bias", torch::tensor(-1e4f)},
        {"h.0.attn.c_attn.bias", torch::ones({12})},   {"h.0.attn.c_proj.bias", torch::ones({4})},
        {"h.11.attn.bias", torch::ones({1, 1, 8, 8})}, {"h.0.mlp.c_fc.bias", torch::ones({16})},
        {"lm_head.weight", torch::ones({10, 4})},      {"ln_f.bias", torch::zeros({4})},
    };
    saveSafetensors(dir / "model.safetensors", tensors);
    const TensorMap weights = loadModelWeights(dir);
    std::vector<std::string> names;
    for (const auto& [name, tensor] : weights)
        names.push_back(name);
    EXPECT_EQ(names, (std::vector<std::string>{"transformer.h.0.attn.c_attn.bias", "transformer.h.0.attn.c_proj.bias",
                                               "transformer.h.0.mlp.c_fc.bias", "transformer.ln_f.bias",
                                               "transformer.wpe.weight", "transformer.wte.weight"}));
}

TEST(ModelWeights, KeepsPrefixedKeysAndScoreAndDropsPrefixedBuffers) {
    const fs::path dir = test::freshTempDir("weights-prefixed");
    saveSafetensors(dir / "model.safetensors", {{"transformer.wte.weight", torch::ones({10, 4})},
                                                {"transformer.h.3.attn.masked_bias", torch::tensor(-1e4f)},
                                                {"transformer.h.3.attn.bias", torch::ones({1, 1, 2, 2})},
                                                {"score.weight", torch::ones({5, 4})}});
    const TensorMap weights = loadModelWeights(dir);
    EXPECT_EQ(weights.size(), 2u);
    EXPECT_TRUE(weights.count("score.weight"));
    EXPECT_TRUE(weights.count("transformer.wte.weight"));
}

TEST(ModelWeights, RefusesTwoKeysForOneWeight) {
    const fs::path dir = test::freshTempDir("weights-collision");
    saveSafetensors(dir / "model.safetensors",
                    {{"wte.weight", torch::ones({2})}, {"transformer.wte.weight", torch::ones({2})}});
    expectBadInput(dir, {"'transformer.wte.weight'", "'wte.weight'"});
}

fs::path writeShards(const std::string& index) {
    const fs::path dir = test::freshTempDir("weights-sharded");
    saveSafetensors(dir / "model-00001-of-00002.safetensors",
                    {{"wte.weight", torch::full({3, 2}, 1.f)}, {"h.0.attn.bias", torch::ones({1, 1, 2, 2})}});
    saveSafetensors(dir / "model-00002-of-00002.safetensors", {{"ln_f.weight", torch::full({2}, 2.f)}});
    test::writeBytes(dir / "model.safetensors.index.json", index);
    return dir;
}

const std::string kGoodIndex = R"({"metadata": {"total_size": 48}, "weight_map": {
    "wte.weight": "model-00001-of-00002.safetensors", "h.0.attn.bias": "model-00001-of-00002.safetensors",
    "ln_f.weight": "model-00002-of-00002.safetensors"}})";

TEST(ModelWeights, LoadsShardedCheckpoints) {
    const TensorMap weights = loadModelWeights(writeShards(kGoodIndex));
    ASSERT_EQ(weights.size(), 2u);
    EXPECT_TRUE(torch::equal(weights.at("transformer.wte.weight"), torch::full({3, 2}, 1.f)));
    EXPECT_TRUE(torch::equal(weights.at("transformer.ln_f.weight"), torch::full({2}, 2.f)));
}

TEST(ModelWeights, RefusesHostileShardIndexes) {
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "../model-00001-of-00002.safetensors"}})"),
                   {"model.safetensors.index.json", "'wte.weight'", "not a file name inside"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "/etc/passwd"}})"), {"not a file name inside"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "model-00003-of-00002.safetensors"}})"),
                   {"model-00003-of-00002.safetensors", "does not exist"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": 3}})"), {"'wte.weight'", "an integer"});
    expectBadInput(writeShards(R"({"metadata": {}})"), {"weight_map", "nothing"});
    expectBadInput(writeShards(R"({"weight_map": {}})"), {"weight_map", "empty"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "model-00001-of-00002.safetensors",
                                   "h.0.attn.bias": "model-00001-of-00002.safetensors",
                                   "ln_f.weight": "model-00001-of-00002.safetensors"}})"),
                   {"'ln_f.weight'", "model-00001-of-00002.safetensors", "does not hold it"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "model-00002-of-00002.safetensors",
                                   "h.0.attn.bias": "model-00001-of-00002.safetensors",
                                   "ln_f.weight": "model-00002-of-00002.safetensors"}})"),
                   {"model-00001-of-00002.safetensors holds the tensor 'wte.weight'", "assigns to model-00002"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "model-00001-of-00002.safetensors",
                                   "h.0.attn.bias": "model-00001-of-00002.safetensors",
                                   "ln_f.weight": "model-00002-of-00002.safetensors",
                                   "ln_f.bias": "model-00002-of-00002.safetensors"}})"),
                   {"'ln_f.bias'", "does not hold it"});
    expectBadInput(writeShards(R"({"weight_map": {"wte.weight": "model-00001-of-00002.safetensors"}})"),
                   {"'h.0.attn.bias'", "does not list"});
    expectBadInput(writeShards(R"([1, 2])"), {"must hold a JSON object"});
    expectBadInput(writeShards(R"({"weight_map": {"a": "x", "a": "y"}})"), {"\"a\"", "twice"});
}

TEST(ModelWeights, RefusesPickleOnlyAndEmptyFolders) {
    const fs::path dir = test::freshTempDir("weights-pickle");
    test::writeBytes(dir / "pytorch_model.bin", "PK\x03\x04 not really");
    expectBadInput(dir, {"pytorch_model.bin", "pickle", "arbitrary code", "safe_serialization=True"});
    expectBadInput(test::freshTempDir("weights-empty"), {"no model.safetensors"});
    expectBadInput(dir / "absent", {"not a model folder"});
}

TEST(ModelWeights, ReportsACorruptWeightsFileByName) {
    const fs::path dir = test::freshTempDir("weights-corrupt");
    test::writeBytes(dir / "model.safetensors", test::withLength(1ull << 40, "{}"));
    expectBadInput(dir, {(dir / "model.safetensors").string(), "header length"});
}

} // namespace
} // namespace litetune
