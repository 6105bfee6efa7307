// readModelConfig / modelConfigToJson / writeModelConfig: the reference config, Hugging Face's
// defaults and aliases, save_pretrained's exact text, round trips, and hostile config files
// (tests/data/bad/config/<field>--<what>.json must each be refused naming the file and field).
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "api/ModelConfig.h"
#include "util/Error.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

namespace fs = std::filesystem;

fs::path writeConfig(const std::string& text, const std::string& tag = "config") {
    const fs::path file = test::freshTempDir(tag) / "config.json";
    test::writeBytes(file, text);
    return file;
}

void expectBadInput(const fs::path& file, const std::vector<std::string>& fragments) {
    try {
        readModelConfig(file);
        ADD_FAILURE() << "accepted " << file;
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.kind(), ErrorKind::BadInput) << message;
        EXPECT_NE(message.find(file.string()), std::string::npos) << message;
        for (const std::string& fragment : fragments)
            EXPECT_NE(message.find(fragment), std::string::npos) << "'" << fragment << "' not in: " << message;
    }
}

TEST(ModelConfig, ReadsTheReferenceTinyConfig) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/config.json");
    const ModelConfig config = readModelConfig(file);
    EXPECT_EQ(config.vocabSize, 1000);
    EXPECT_EQ(config.nPositions, 128);
    EXPECT_EQ(config.nEmbd, 64);
    EXPECT_EQ(config.nLayer, 2);
    EXPECT_EQ(config.nHead, 4);
    EXPECT_EQ(config.headDim(), 16);
    EXPECT_FALSE(config.nInner.has_value());
    EXPECT_EQ(config.innerSize(), 256);
    EXPECT_EQ(config.activationFunction, "gelu_new");
    EXPECT_DOUBLE_EQ(config.layerNormEpsilon, 1e-5);
    EXPECT_EQ(config.padTokenId, std::optional<std::int64_t>(999));
    EXPECT_EQ(config.effectivePadId(), 999);
    EXPECT_EQ(config.bosTokenId, 999);
    EXPECT_EQ(config.labels, (std::vector<std::string>{"LABEL_0", "LABEL_1", "LABEL_2", "LABEL_3", "LABEL_4"}));
    EXPECT_EQ(config.architectures, std::vector<std::string>{"GPT2ForSequenceClassification"});
    EXPECT_EQ(config.torchDtype, "float32");
}

TEST(ModelConfig, WritesTheReferenceConfigBackAsSavePretrainedDid) {
    LITETUNE_SHARED_FILE(file, "reference/tiny-gpt2/model/config.json");
    std::string expected = test::readBytes(file);
    // LiteTune does not claim a transformers version; everything else is byte-identical.
    const std::string versionLine = "  \"transformers_version\": \"4.31.0.dev0\",\n";
    ASSERT_NE(expected.find(versionLine), std::string::npos);
    expected.erase(expected.find(versionLine), versionLine.size());
    EXPECT_EQ(modelConfigToJson(readModelConfig(file)), expected);
}

TEST(ModelConfig, AppliesHuggingFaceDefaults) {
    const ModelConfig config = readModelConfig(writeConfig(R"({"model_type": "gpt2"})"));
    const ModelConfig defaults;
    EXPECT_EQ(config.vocabSize, 50257);
    EXPECT_EQ(config.nPositions, 1024);
    EXPECT_EQ(config.nEmbd, 768);
    EXPECT_EQ(config.nLayer, 12);
    EXPECT_EQ(config.nHead, 12);
    EXPECT_EQ(config.innerSize(), 3072);
    EXPECT_DOUBLE_EQ(config.residPdrop, 0.1);
    EXPECT_DOUBLE_EQ(config.initializerRange, 0.02);
    EXPECT_TRUE(config.scaleAttnWeights);
    EXPECT_FALSE(config.padTokenId.has_value());
    EXPECT_EQ(config.effectivePadId(), 50256);
    EXPECT_TRUE(config.labels.empty());
    EXPECT_EQ(config.numLabels(), 2);
    EXPECT_EQ(config.architectures, defaults.architectures);
}

TEST(ModelConfig, ReadsTheOfficialGpt2ConfigAndWritesNoLabels) {
    // The key set of openai-community/gpt2's config.json (docs/formats.md §1.1).
    const std::string official = R"({
  "activation_function": "gelu_new", "architectures": ["GPT2LMHeadModel"], "attn_pdrop": 0.1,
  "bos_token_id": 50256, "embd_pdrop": 0.1, "eos_token_id": 50256, "initializer_range": 0.02,
  "layer_norm_epsilon": 1e-05, "model_type": "gpt2", "n_ctx": 1024, "n_embd": 768, "n_head": 12,
  "n_layer": 12, "n_positions": 1024, "resid_pdrop": 0.1, "summary_activation": null,
  "summary_first_dropout": 0.1, "summary_proj_to_labels": true, "summary_type": "cls_index",
  "summary_use_proj": true, "task_specific_params": {"text-generation": {"do_sample": true, "max_length": 50}},
  "vocab_size": 50257})";
    const ModelConfig config = readModelConfig(writeConfig(official));
    EXPECT_EQ(config.architectures, std::vector<std::string>{"GPT2LMHeadModel"});
    EXPECT_TRUE(config.labels.empty());
    const std::string json = modelConfigToJson(config);
    EXPECT_EQ(json.find("id2label"), std::string::npos);
    EXPECT_EQ(json.find("pad_token_id"), std::string::npos);
    EXPECT_NE(json.find("\"architectures\": [\n    \"GPT2LMHeadModel\"\n  ]"), std::string::npos);
}

TEST(ModelConfig, AcceptsTheGenericAliasesAndNumLabels) {
    const ModelConfig config = readModelConfig(writeConfig(
        R"({"model_type": "gpt2", "hidden_size": 32, "num_hidden_layers": 3, "num_attention_heads": 2,
            "max_position_embeddings": 64, "n_embd": 32, "num_labels": 3, "dtype": "bfloat16", "n_inner": 40})"));
    EXPECT_EQ(config.nEmbd, 32);
    EXPECT_EQ(config.nLayer, 3);
    EXPECT_EQ(config.nHead, 2);
    EXPECT_EQ(config.nPositions, 64);
    EXPECT_EQ(config.innerSize(), 40);
    EXPECT_EQ(config.labels, (std::vector<std::string>{"LABEL_0", "LABEL_1", "LABEL_2"}));
    EXPECT_EQ(config.torchDtype, "bfloat16");
}

TEST(ModelConfig, WriteThenReadRoundTripsEveryField) {
    ModelConfig config;
    config.vocabSize = 321;
    config.nPositions = 77;
    config.nEmbd = 48;
    config.nLayer = 3;
    config.nHead = 6;
    config.nInner = 100;
    config.activationFunction = "gelu";
    config.residPdrop = 0.05;
    config.embdPdrop = 0.0;
    config.attnPdrop = 0.25;
    config.layerNormEpsilon = 1e-6;
    config.initializerRange = 0.01;
    config.scaleAttnWeights = false;
    config.scaleAttnByInverseLayerIdx = true;
    config.reorderAndUpcastAttn = true;
    config.bosTokenId = 1;
    config.eosTokenId = 2;
    config.padTokenId = 3;
    config.torchDtype = "float16";
    for (int i = 0; i < 20; ++i) // 20 labels: "10" sorts before "2" as a string key, as in Python
        config.labels.push_back(i == 0   ? "\xe2\x9d\xa4"
                                : i == 1 ? "\xf0\x9f\x98\x82 face \"q\""
                                         : "l" + std::to_string(i));

    const fs::path file = test::freshTempDir("config-roundtrip") / "model" / "config.json";
    writeModelConfig(config, file);
    const std::string text = test::readBytes(file);
    EXPECT_NE(text.find("\"0\": \"\\u2764\""), std::string::npos) << text; // ASCII escapes, as json.dumps
    EXPECT_NE(text.find("\"\\ud83d\\ude02 face \\\"q\\\"\": 1"), std::string::npos) << text;
    EXPECT_LT(text.find("\"10\":"), text.find("\"2\":"));
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(std::distance(fs::directory_iterator(file.parent_path()), fs::directory_iterator()), 1);

    const ModelConfig back = readModelConfig(file);
    EXPECT_EQ(back.vocabSize, config.vocabSize);
    EXPECT_EQ(back.nPositions, config.nPositions);
    EXPECT_EQ(back.nEmbd, config.nEmbd);
    EXPECT_EQ(back.nLayer, config.nLayer);
    EXPECT_EQ(back.nHead, config.nHead);
    EXPECT_EQ(back.nInner, config.nInner);
    EXPECT_EQ(back.activationFunction, config.activationFunction);
    EXPECT_EQ(back.residPdrop, config.residPdrop);
    EXPECT_EQ(back.embdPdrop, config.embdPdrop);
    EXPECT_EQ(back.attnPdrop, config.attnPdrop);
    EXPECT_EQ(back.layerNormEpsilon, config.layerNormEpsilon);
    EXPECT_EQ(back.initializerRange, config.initializerRange);
    EXPECT_EQ(back.scaleAttnWeights, config.scaleAttnWeights);
    EXPECT_EQ(back.scaleAttnByInverseLayerIdx, config.scaleAttnByInverseLayerIdx);
    EXPECT_EQ(back.reorderAndUpcastAttn, config.reorderAndUpcastAttn);
    EXPECT_EQ(back.bosTokenId, config.bosTokenId);
    EXPECT_EQ(back.eosTokenId, config.eosTokenId);
    EXPECT_EQ(back.padTokenId, config.padTokenId);
    EXPECT_EQ(back.labels, config.labels);
    EXPECT_EQ(back.torchDtype, config.torchDtype);
    // A config with labels is saved as the classifier it is.
    EXPECT_EQ(back.architectures, std::vector<std::string>{"GPT2ForSequenceClassification"});
    EXPECT_EQ(modelConfigToJson(back), text);
}

TEST(ModelConfig, RefusesHostileConfigsNamingFileAndField) {
    expectBadInput(writeConfig(R"({"model_type": "llama"})"), {"model_type", "\"llama\"", "gpt2"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "n_head": 0})"), {"n_head", "from 1"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "n_inner": "x"})"), {"n_inner", "integer", "a string"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "id2label": ["a"]})"), {"id2label", "a list"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "id2label": {"0": 5}})"), {"id2label", "an integer"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "id2label": {"0": "a", "00": "b"}})"), {"id2label", "00"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "label2id": {"a": "0"}})"), {"label2id", "\"a\""});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "architectures": "GPT2Model"})"), {"architectures"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "vocab_size": 18446744073709551615})"), {"vocab_size"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "attn_pdrop": 1.5})"), {"attn_pdrop", "1.5"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "activation_function": ""})"), {"activation_function"});
    expectBadInput(writeConfig(R"({"model_type": "gpt2", "id2label": {"0": "a"}, "id2label": {"0": "b"}})"),
                   {"id2label", "twice"});
    expectBadInput(writeConfig(""), {"not valid JSON"});
    expectBadInput(writeConfig(std::string(9 * 1024 * 1024, ' ')), {"bytes"});
    expectBadInput(test::freshTempDir("config-missing") / "config.json", {"does not exist"});
}

TEST(ModelConfig, CorpusFilesAreAllRefused) {
    const fs::path corpus = test::testDataDir() / "bad" / "config";
    ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
    std::size_t count = 0;
    for (const auto& item : fs::directory_iterator(corpus)) {
        const std::string stem = item.path().stem().string();
        const std::string field = stem.substr(0, stem.find("--"));
        SCOPED_TRACE(stem);
        expectBadInput(item.path(), field == "root" ? std::vector<std::string>{} : std::vector<std::string>{field});
        ++count;
    }
    EXPECT_GE(count, 10u);
}

} // namespace
} // namespace litetune
