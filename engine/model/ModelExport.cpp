// ModelExport: see the header.
#include "model/ModelExport.h"

#include "io/TensorIO.h"
#include "model/Gpt2Loader.h"
#include "util/Error.h"
#include "util/FolderManifest.h"
#include "util/StagedDirectory.h"

namespace litetune {

namespace {

std::string dtypeName(torch::ScalarType type) {
    switch (type) {
    case torch::kHalf:
        return "float16";
    case torch::kBFloat16:
        return "bfloat16";
    case torch::kDouble:
        return "float64";
    default:
        return "float32";
    }
}

} // namespace

void saveModelFolder(Gpt2ForSequenceClassification& model, const std::filesystem::path& dir, const Tokenizer* tokenizer,
                     ExistingFolder existing, ModelHead head) {
    const bool languageModel = head == ModelHead::LanguageModel;
    ModelConfig config = model->config();
    config.architectures = {languageModel ? "GPT2LMHeadModel" : "GPT2ForSequenceClassification"};
    config.torchDtype = dtypeName(model->transformer()->wte()->weight.scalar_type());
    if (languageModel)
        config.labels.clear();
    else if (config.labels.empty())
        for (std::int64_t i = 0; i < config.numLabels(); ++i)
            config.labels.push_back("LABEL_" + std::to_string(i));
    if (!config.padTokenId)
        config.padTokenId = config.eosTokenId; // what the model pooled with; loaders need it for batches

    StagedDirectory staged(dir, kModelFolderKind, existing);
    TensorMap tensors = gpt2Tensors(model);
    if (languageModel)
        tensors.erase("score.weight");
    writeModelConfig(config, staged.path() / "config.json");
    saveSafetensors(staged.path() / kModelWeightsFile, tensors);
    if (tokenizer)
        tokenizer->saveTo(staged.path());
    staged.commit();
}

} // namespace litetune
