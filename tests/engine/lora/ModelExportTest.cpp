// Merged export: a LoRA model saved as a plain Hugging Face model folder loads with any GPT-2
// loader (here LiteTune's own) and gives the adapter's logits.
#include "model/ModelExport.h"
#include "io/TensorIO.h"
#include "lora/LoraInjection.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "model/TinyGpt2Reference.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

namespace litetune {
namespace {

TEST(ModelExport, MergedExportLoadsAsAPlainModel) {
    LITETUNE_SHARED_FILE(expectedJson, "reference/tiny-gpt2/expected.json");
    const test::TinyGpt2Reference ref(expectedJson);
    LoadedModel withAdapter = loadGpt2(ref.modelDir.string());
    loadAdapter(withAdapter.model, ref.adapterDir);
    const torch::Tensor baseWeight = loraLayers(withAdapter.model).front().layer->weight.clone();

    const std::filesystem::path dir = test::freshTempDir("merged") / "model";
    saveModelFolder(withAdapter.model, dir, nullptr, ExistingFolder::Refuse);
    EXPECT_TRUE(torch::equal(loraLayers(withAdapter.model).front().layer->weight, baseWeight))
        << "export must not touch the model in memory";
    for (const auto& [name, tensor] : loadSafetensors(dir / kModelWeightsFile))
        EXPECT_EQ(name.find("lora"), std::string::npos) << name;

    LoadedModel merged = loadGpt2(dir.string());
    EXPECT_FALSE(merged.headInitialised);
    EXPECT_TRUE(loraLayers(merged.model).empty());
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = merged.model(ref.inputIds, torch::Tensor(), ref.attentionMask);
    EXPECT_LE(test::maxAbsDiff(logits, test::jsonTensor(ref.expected["lora"]["logits"])), test::kReferenceTolerance);
    EXPECT_LE(test::maxAbsDiff(logits, withAdapter.model(ref.inputIds, ref.lengths)), 1e-5);
}

} // namespace
} // namespace litetune
