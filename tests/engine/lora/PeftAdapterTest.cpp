// PEFT adapter folders: the file layout PEFT writes (config keys and format, tensor names, the head
// always saved), save → load round trips with default and non-default settings, and loading
// PEFT's variants and broken adapters.
#include "lora/PeftAdapter.h"
#include "io/TensorIO.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"
#include "util/Error.h"

#include "TestFiles.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace litetune {
namespace {

namespace fs = std::filesystem;

using test::badInputMessage;
using test::readText;
using test::writeText;

// A copy of the fixture adapter with its config text and tensors edited.
fs::path editedAdapter(const fs::path& adapterDir, const std::string& tag,
                       const std::function<void(nlohmann::json&)>& editConfig,
                       const std::function<void(TensorMap&)>& editTensors) {
    const fs::path dir = test::freshTempDir(tag);
    nlohmann::json config = nlohmann::json::parse(readText(adapterDir / "adapter_config.json"));
    editConfig(config);
    writeText(dir / "adapter_config.json", config.dump(2));
    TensorMap tensors = loadSafetensors(adapterDir / "adapter_model.safetensors");
    editTensors(tensors);
    saveSafetensors(dir / "adapter_model.safetensors", tensors);
    return dir;
}

TEST(PeftAdapter, ConfigJsonHasPeftsLayout) {
    LITETUNE_SHARED_FILE(adapterDir, "reference/tiny-gpt2/lora-adapter");
    LoraConfig config;
    config.r = 4;
    config.loraAlpha = 8;
    config.loraDropout = 0.0;
    config.baseModelNameOrPath = "../model";
    std::string expected = readText(adapterDir / "adapter_config.json");
    // The fixture predates use_rslora (PEFT 0.7); otherwise the text is byte for byte PEFT's.
    expected.insert(expected.rfind("\n}"), ",\n  \"use_rslora\": false");
    EXPECT_EQ(loraConfigToJson(config), expected);
}

TEST(PeftAdapter, ReadsPeftConfigsOfAnyVersion) {
    const LoraConfig minimal = parseLoraConfig(R"({"peft_type": "LORA", "future_key": {"x": 1}})", "a.json");
    EXPECT_EQ(minimal.r, 8);
    EXPECT_EQ(minimal.loraAlpha, 8.0);
    EXPECT_EQ(minimal.targetModules, std::vector<std::string>{"c_attn"});
    const LoraConfig newer = parseLoraConfig(
        R"({"peft_type": "LORA", "task_type": "SEQ_CLS", "r": 16, "lora_alpha": 32, "lora_dropout": 0.05,
            "target_modules": ["c_fc", "c_attn"], "use_dora": false, "use_rslora": true, "layers_to_transform": 3,
            "modules_to_save": null, "megatron_config": null, "peft_version": "0.18.0", "runtime_config": {}})",
        "b.json");
    EXPECT_EQ(newer.r, 16);
    EXPECT_TRUE(newer.useRslora);
    EXPECT_EQ(newer.layersToTransform, std::vector<std::int64_t>{3});
    EXPECT_EQ(newer.modulesToSave, (std::vector<std::string>{"classifier", "score"}));

    EXPECT_NE(badInputMessage([] { parseLoraConfig(R"({"peft_type": "IA3"})", "c.json"); }).find("IA3"),
              std::string::npos);
    EXPECT_NE(badInputMessage([] { parseLoraConfig(R"({"r": 4})", "d.json"); }).find("peft_type"), std::string::npos);
    EXPECT_NE(badInputMessage([] { parseLoraConfig(R"({"peft_type": "LORA", "r": "8"})", "e.json"); }).find("field r"),
              std::string::npos);
    EXPECT_NE(
        badInputMessage([] { parseLoraConfig(R"({"peft_type": "LORA", "use_dora": true})", "f.json"); }).find("DoRA"),
        std::string::npos);
}

// Found while writing tests/cli/bad_inputs.sh: std::regex compiles by recursion, so a
// target_modules of 30000 nested groups crashed the CLI with SIGSEGV, and "(.*)*(.*)*...x" kept
// the backtracking matcher busy for minutes; an invalid pattern was refused without naming the file.
TEST(PeftAdapter, HostileRegularExpressionsAreRefusedOrMatchedSafely) {
    const auto configWith = [](const std::string& field, const std::string& pattern) {
        nlohmann::json config = {{"peft_type", "LORA"}};
        if (field == "target_modules")
            config[field] = pattern;
        else
            config[field] = {{pattern, field == "rank_pattern" ? nlohmann::json(4) : nlohmann::json(2.0)}};
        return config.dump();
    };
    const std::string deep = std::string(30000, '(') + "c_attn" + std::string(30000, ')');
    std::string message = badInputMessage([&] { parseLoraConfig(configWith("target_modules", deep), "deep.json"); });
    EXPECT_NE(message.find("deep.json: field target_modules holds a regular expression of 60006 characters"),
              std::string::npos)
        << message;
    const std::string nested = std::string(200, '(') + "c_attn" + std::string(200, ')');
    message = badInputMessage([&] { parseLoraConfig(configWith("rank_pattern", nested), "nested.json"); });
    EXPECT_NE(message.find("nested.json: field rank_pattern holds a regular expression nested 200 groups deep"),
              std::string::npos)
        << message;
    message = badInputMessage([&] { parseLoraConfig(configWith("target_modules", "c_attn("), "open.json"); });
    EXPECT_NE(message.find("open.json: field target_modules holds \"c_attn(\""), std::string::npos) << message;
    message = badInputMessage([&] { parseLoraConfig(configWith("alpha_pattern", "(a)\\1"), "backref.json"); });
    EXPECT_NE(message.find("backref.json: field alpha_pattern"), std::string::npos) << message;

    // Nested quantifiers are valid and now match in polynomial time (this test hung before).
    const std::string slow = "(.*)*(.*)*(.*)*(.*)*(.*)*(.*)*(.*)*(.*)*(.*)*(.*)*x";
    const LoraConfig config = parseLoraConfig(configWith("target_modules", slow), "slow.json");
    EXPECT_FALSE(std::regex_match("transformer.h.47.attn.c_attn", compileLoraRegex(config.targetRegex)));
    EXPECT_TRUE(std::regex_match("transformer.h.47.attn.c_attnx", compileLoraRegex(config.targetRegex)));
    EXPECT_TRUE(std::regex_match("transformer.h.3.mlp.c_proj", compileLoraRegex(loraPatternKeyRegex("mlp.c_proj"))));
}

TEST(PeftAdapter, SaveLoadRoundTripRestoresFactorsAndHead) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel trained = loadGpt2(ref.modelDir.string());
    const LoraConfig config = loraConfigFromSettings(LoraSettings{}, ref.modelDir.string());
    applyLora(trained.model, config, 1);
    test::trainSteps(trained.model, 3, 2);
    const fs::path dir = test::freshTempDir("adapter") / "adapter";
    saveAdapter(trained.model, config, dir, ExistingFolder::Refuse);

    // PEFT's key names, the head included.
    TensorMap saved = loadSafetensors(dir / kAdapterWeightsFile);
    std::vector<std::string> keys;
    for (const auto& [name, tensor] : saved)
        keys.push_back(name);
    EXPECT_EQ(keys, (std::vector<std::string>{"base_model.model.score.weight",
                                              "base_model.model.transformer.h.0.attn.c_attn.lora_A.weight",
                                              "base_model.model.transformer.h.0.attn.c_attn.lora_B.weight",
                                              "base_model.model.transformer.h.1.attn.c_attn.lora_A.weight",
                                              "base_model.model.transformer.h.1.attn.c_attn.lora_B.weight"}));
    EXPECT_EQ(saved["base_model.model.transformer.h.0.attn.c_attn.lora_A.weight"].sizes(), torch::IntArrayRef({8, 64}));
    EXPECT_EQ(readAdapterLabels(dir), trained.config.labels);

    LoadedModel fresh = loadGpt2(ref.modelDir.string());
    const AdapterLoadResult result = loadAdapter(fresh.model, dir);
    EXPECT_TRUE(result.headLoaded);
    EXPECT_TRUE(torch::equal(fresh.model->score()->weight, trained.model->score()->weight));
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::equal(fresh.model(ref.inputIds, ref.lengths), trained.model(ref.inputIds, ref.lengths)));
}

TEST(PeftAdapter, NonDefaultSettingsRoundTrip) {
    LoadedModel trained = createGpt2(test::smallConfig(), 4);
    LoraSettings settings;
    settings.r = 2;
    settings.alpha = 5;
    settings.dropout = 0.05;
    settings.targets = {"c_attn", "mlp.c_fc"};
    settings.rslora = true;
    const LoraConfig config = loraConfigFromSettings(settings, "gpt2");
    applyLora(trained.model, config, 1);
    test::trainSteps(trained.model, 3, 2);
    const fs::path dir = test::freshTempDir("adapter-custom");
    saveAdapter(trained.model, config, dir, ExistingFolder::Refuse);

    const auto json = nlohmann::json::parse(readText(dir / kAdapterConfigFile));
    EXPECT_EQ(json["r"], 2);
    EXPECT_EQ(json["lora_alpha"].dump(), "5");
    EXPECT_EQ(json["lora_dropout"], 0.05);
    EXPECT_EQ(json["use_rslora"], true);
    EXPECT_EQ(json["target_modules"], nlohmann::json::array({"c_attn", "mlp.c_fc"}));
    EXPECT_EQ(json["base_model_name_or_path"], "gpt2");
    EXPECT_EQ(json["task_type"], "SEQ_CLS");

    LoadedModel fresh = createGpt2(test::smallConfig(), 4);
    const AdapterLoadResult result = loadAdapter(fresh.model, dir);
    EXPECT_EQ(result.modules.size(), 4u);
    for (const NamedLoraLayer& named : loraLayers(fresh.model)) {
        EXPECT_EQ(named.layer->lora()->rank(), 2);
        EXPECT_DOUBLE_EQ(named.layer->lora()->scaling(), 5.0 / std::sqrt(2.0));
        EXPECT_DOUBLE_EQ(named.layer->lora()->dropout(), 0.05);
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::randint(0, 299, {3, 8}, torch::kLong);
    EXPECT_TRUE(torch::equal(fresh.model(ids), trained.model(ids)));
}

TEST(PeftAdapter, AcceptsInMemoryKeyNamesAndIgnoresUnknownTensors) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    const fs::path dir = editedAdapter(
        ref.adapterDir, "variants",
        [](nlohmann::json& c) {
            c["some_future_option"] = {{"a", 1}};
        },
        [](TensorMap& t) {
            TensorMap renamed;
            for (auto& [name, tensor] : t) {
                std::string key = name;
                if (key == "base_model.model.score.weight")
                    key = "base_model.model.score.modules_to_save.default.weight";
                else
                    key.replace(key.find(".weight"), 7, ".default.weight");
                renamed[key] = tensor;
            }
            renamed["base_model.model.score.original_module.weight"] = torch::zeros({5, 64});
            renamed["base_model.model.something.else"] = torch::zeros({2});
            t = renamed;
        });
    LoadedModel loaded = loadGpt2(ref.modelDir.string());
    const AdapterLoadResult result = loadAdapter(loaded.model, dir);
    EXPECT_TRUE(result.headLoaded);
    EXPECT_EQ(result.messages.size(), 1u); // the unknown tensor
    torch::NoGradGuard noGrad;
    EXPECT_LE(
        test::maxAbsDiff(loaded.model(ref.inputIds, ref.lengths), test::jsonTensor(ref.expected["lora"]["logits"])),
        test::kReferenceTolerance);
}

TEST(PeftAdapter, AdapterForAnotherBaseNamesTheTensorAndBothShapes) {
    LITETUNE_SHARED_FILE(adapterDir, "reference/tiny-gpt2/lora-adapter");
    ModelConfig other = test::smallConfig(); // 32 wide instead of 64
    other.labels = {"0", "1", "2", "3", "4"};
    LoadedModel loaded = createGpt2(other, 1);
    const std::string message = badInputMessage([&] { loadAdapter(loaded.model, adapterDir); });
    EXPECT_NE(message.find("base_model.model.transformer.h.0.attn.c_attn.lora_A.weight"), std::string::npos) << message;
    EXPECT_NE(message.find("[4, 64]"), std::string::npos) << message;
    EXPECT_NE(message.find("[4, 32]"), std::string::npos) << message;
    EXPECT_TRUE(loraLayers(loaded.model).empty()) << "a failed load must leave the model untouched";
}

TEST(PeftAdapter, BrokenAdaptersAreRejectedClearly) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel loaded = loadGpt2(ref.modelDir.string());

    const fs::path missing = editedAdapter(
        ref.adapterDir, "missing", [](nlohmann::json&) {},
        [](TensorMap& t) { t.erase("base_model.model.transformer.h.1.attn.c_attn.lora_B.weight"); });
    EXPECT_NE(badInputMessage([&] {
                  loadAdapter(loaded.model, missing);
              }).find("base_model.model.transformer.h.1.attn.c_attn.lora_B.weight"),
              std::string::npos);

    const fs::path ia3 = editedAdapter(
        ref.adapterDir, "ia3", [](nlohmann::json& c) { c["peft_type"] = "IA3"; }, [](TensorMap&) {});
    EXPECT_NE(badInputMessage([&] { loadAdapter(loaded.model, ia3); }).find("LoRA adapters only"), std::string::npos);

    const fs::path wrongTarget = editedAdapter(
        ref.adapterDir, "target", [](nlohmann::json& c) { c["target_modules"] = {"q_proj"}; }, [](TensorMap&) {});
    EXPECT_NE(badInputMessage([&] {
                  loadAdapter(loaded.model, wrongTarget);
              }).find("adapter_config.json: LoRA target module 'q_proj' matches no layer"),
              std::string::npos); // the message names the file that asked for q_proj

    const fs::path pickle = test::freshTempDir("pickle");
    fs::copy_file(ref.adapterDir / "adapter_config.json", pickle / "adapter_config.json");
    writeText(pickle / "adapter_model.bin", "not really a pickle");
    EXPECT_NE(badInputMessage([&] { loadAdapter(loaded.model, pickle); }).find("adapter_model.safetensors"),
              std::string::npos);

    EXPECT_NE(badInputMessage([&] { loadAdapter(loaded.model, ref.modelDir); }).find("adapter_config.json"),
              std::string::npos);
    EXPECT_TRUE(loraLayers(loaded.model).empty());
}

TEST(PeftAdapter, LabelsComeFromLabelsJsonOrTheHeadShape) {
    LITETUNE_SHARED_FILE(adapterDir, "reference/tiny-gpt2/lora-adapter");
    EXPECT_EQ(readAdapterLabels(adapterDir),
              (std::vector<std::string>{"LABEL_0", "LABEL_1", "LABEL_2", "LABEL_3", "LABEL_4"}));
    const fs::path dir = test::freshTempDir("labels");
    writeText(dir / kAdapterLabelsFile, R"({"id2label": {"1": "b", "0": "a"}, "label2id": {"a": 0, "b": 1}})");
    EXPECT_EQ(readAdapterLabels(dir), (std::vector<std::string>{"a", "b"}));
    writeText(dir / kAdapterLabelsFile, R"({"id2label": {"0": "a", "2": "c"}})");
    EXPECT_NE(badInputMessage([&] { readAdapterLabels(dir); }).find("id2label"), std::string::npos);
}

TEST(PeftAdapter, SavingNeverTouchesAFolderItDidNotWrite) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 4);
    const LoraConfig config;
    applyLora(loaded.model, config, 1);
    const fs::path parent = test::freshTempDir("foreign-adapter");
    const fs::path dir = parent / "adapter";
    fs::create_directories(dir);
    writeText(dir / "thesis.tex", "keep");
    for (const ExistingFolder existing : {ExistingFolder::Refuse, ExistingFolder::ReplaceOwnFiles}) {
        const std::string message = badInputMessage([&] { saveAdapter(loaded.model, config, dir, existing); });
        EXPECT_NE(message.find(dir.string()), std::string::npos) << message;
        EXPECT_NE(message.find("thesis.tex"), std::string::npos) << message;
    }
    EXPECT_EQ(readText(dir / "thesis.tex"), "keep");
    EXPECT_FALSE(fs::exists(dir / kAdapterConfigFile));
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(parent))
        ++entries;
    EXPECT_EQ(entries, 1) << "a staging folder was left behind";
}

TEST(PeftAdapter, ReplacingItsOwnFolderIsExplicitAndKeepsAUsersFiles) {
    LoadedModel loaded = createGpt2(test::smallConfig(), 4);
    const LoraConfig config;
    applyLora(loaded.model, config, 1);
    const fs::path parent = test::freshTempDir("replace-adapter");
    const fs::path dir = parent / "adapter";
    saveAdapter(loaded.model, config, dir, ExistingFolder::Refuse);
    EXPECT_NE(
        badInputMessage([&] { saveAdapter(loaded.model, config, dir, ExistingFolder::Refuse); }).find("--overwrite"),
        std::string::npos);

    writeText(dir / "notes.txt", "mine");
    test::trainSteps(loaded.model, 1, 2);
    saveAdapter(loaded.model, config, dir, ExistingFolder::ReplaceOwnFiles);
    EXPECT_EQ(readText(dir / "notes.txt"), "mine");
    EXPECT_TRUE(fs::exists(dir / kAdapterConfigFile));
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(parent))
        ++entries;
    EXPECT_EQ(entries, 1) << "a staging or replaced folder was left behind";
}

} // namespace
} // namespace litetune
