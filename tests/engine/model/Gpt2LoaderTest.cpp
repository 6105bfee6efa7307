// Loading Hugging Face model folders: key checks by name, a fresh head when the checkpoint has
// none, label counts, bare GPT2Model keys; and saving a model folder that loads back identically.
#include "model/Gpt2Loader.h"
#include "io/TensorIO.h"
#include "model/ModelExport.h"
#include "model/TinyGpt2Reference.h"
#include "util/Error.h"

#include "TestFiles.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

namespace litetune {
namespace {

namespace fs = std::filesystem;

// A copy of the fixture model folder whose weights `edit` may change.
fs::path editedCopy(const fs::path& modelDir, const std::string& tag, const std::function<void(TensorMap&)>& edit) {
    const fs::path dir = test::freshTempDir(tag);
    fs::copy_file(modelDir / "config.json", dir / "config.json");
    TensorMap tensors = loadSafetensors(modelDir / "model.safetensors");
    edit(tensors);
    saveSafetensors(dir / "model.safetensors", tensors);
    return dir;
}

using test::badInputMessage;

TEST(Gpt2Loader, MissingTensorIsNamed) {
    LITETUNE_SHARED_FILE(modelDir, "reference/tiny-gpt2/model");
    const fs::path dir = editedCopy(modelDir, "missing", [](TensorMap& t) { t.erase("transformer.h.1.ln_2.bias"); });
    const std::string message = badInputMessage([&] { loadGpt2(dir.string()); });
    EXPECT_NE(message.find("transformer.h.1.ln_2.bias"), std::string::npos) << message;
}

TEST(Gpt2Loader, MisShapedTensorIsNamedWithBothShapes) {
    LITETUNE_SHARED_FILE(modelDir, "reference/tiny-gpt2/model");
    const fs::path dir = editedCopy(modelDir, "misshaped", [](TensorMap& t) {
        t["transformer.h.0.attn.c_attn.weight"] = t["transformer.h.0.attn.c_attn.weight"].t().contiguous();
    });
    const std::string message = badInputMessage([&] { loadGpt2(dir.string()); });
    EXPECT_NE(message.find("transformer.h.0.attn.c_attn.weight"), std::string::npos) << message;
    EXPECT_NE(message.find("[192, 64]"), std::string::npos) << message;
    EXPECT_NE(message.find("[64, 192]"), std::string::npos) << message;
}

TEST(Gpt2Loader, UnexpectedTransformerTensorIsAnError) {
    LITETUNE_SHARED_FILE(modelDir, "reference/tiny-gpt2/model");
    const fs::path dir =
        editedCopy(modelDir, "unexpected", [](TensorMap& t) { t["transformer.h.2.ln_1.weight"] = torch::ones({64}); });
    const std::string message = badInputMessage([&] { loadGpt2(dir.string()); });
    EXPECT_NE(message.find("transformer.h.2.ln_1.weight"), std::string::npos) << message;
}

TEST(Gpt2Loader, MissingHeadIsDrawnFreshAndLogged) {
    LITETUNE_SHARED_FILE(modelDir, "reference/tiny-gpt2/model");
    const fs::path dir = editedCopy(modelDir, "nohead", [](TensorMap& t) { t.erase("score.weight"); });
    ModelLoadOptions options;
    options.labels = {"a", "b", "c", "d", "e", "f", "g"};
    LoadedModel loaded = loadGpt2(dir.string(), options);
    EXPECT_TRUE(loaded.headInitialised);
    ASSERT_FALSE(loaded.messages.empty());
    EXPECT_NE(loaded.messages.back().find("score.weight"), std::string::npos);
    EXPECT_EQ(loaded.model->score()->weight.sizes(), torch::IntArrayRef({7, 64}));
    EXPECT_NEAR(loaded.model->score()->weight.std().item<double>(), 0.02, 0.005);
}

TEST(Gpt2Loader, HeadOfAnotherTaskNeedsReplacing) {
    LITETUNE_SHARED_FILE(modelDir, "reference/tiny-gpt2/model");
    ModelLoadOptions options;
    options.labels = {"x", "y"};
    const std::string message = badInputMessage([&] { loadGpt2(modelDir.string(), options); });
    EXPECT_NE(message.find("5 labels"), std::string::npos) << message;
    options.replaceHead = true;
    LoadedModel loaded = loadGpt2(modelDir.string(), options);
    EXPECT_TRUE(loaded.headInitialised);
    EXPECT_EQ(loaded.model->score()->weight.size(0), 2);
}

TEST(Gpt2Loader, BareGpt2ModelKeysLoad) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    TensorMap original = loadSafetensors(ref.modelDir / "model.safetensors");
    const fs::path dir = editedCopy(ref.modelDir, "bare", [](TensorMap& t) {
        TensorMap bare;
        for (auto& [name, tensor] : t)
            bare[name.rfind("transformer.", 0) == 0 ? name.substr(12) : name] = tensor;
        bare["lm_head.weight"] = bare["wte.weight"];
        t = bare;
    });
    LoadedModel loaded = loadGpt2(dir.string());
    torch::NoGradGuard noGrad;
    EXPECT_LE(test::maxAbsDiff(loaded.model(ref.inputIds, ref.lengths), test::jsonTensor(ref.expected["logits"])),
              test::kReferenceTolerance);
}

TEST(Gpt2Loader, SavedModelFolderLoadsBackIdentically) {
    LoadedModel original = createGpt2(test::smallConfig(), 11);
    const fs::path dir = test::freshTempDir("saved") / "model";
    saveModelFolder(original.model, dir, nullptr, ExistingFolder::Refuse);
    LoadedModel loaded = loadGpt2(dir.string());
    EXPECT_FALSE(loaded.headInitialised);
    EXPECT_EQ(loaded.config.labels, original.config.labels);
    std::ifstream in(dir / "config.json");
    const auto config = nlohmann::json::parse(in);
    EXPECT_EQ(config["architectures"], nlohmann::json::array({"GPT2ForSequenceClassification"}));
    EXPECT_EQ(config["id2label"]["2"], "pos");
    torch::NoGradGuard noGrad;
    const torch::Tensor ids = torch::randint(0, 299, {3, 9}, torch::kLong);
    EXPECT_TRUE(torch::equal(loaded.model(ids), original.model(ids)));
    // Nothing but the finished folder is left beside it.
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.parent_path()))
        ++entries;
    EXPECT_EQ(entries, 1);
}

} // namespace
} // namespace litetune
