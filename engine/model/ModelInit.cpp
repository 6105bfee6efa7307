// A randomly initialised GPT-2 model folder (api/ModelInit.h): the `init` verb's work.
#include "api/ModelInit.h"

#include "api/Tokenizer.h"
#include "model/Gpt2Loader.h"
#include "model/ModelExport.h"
#include "model/TrainableParameters.h"
#include "util/FolderManifest.h"
#include "util/StagedDirectory.h"

namespace litetune {

ModelInitResult initModelFolder(const ModelInitRequest& request) {
    // Before minutes of initialisation, not after.
    checkFolderTarget(request.out, kModelFolderKind, request.existing);

    const Tokenizer tokenizer =
        request.tokenizerDir.empty() ? Tokenizer::byteLevel() : Tokenizer::fromFolder(request.tokenizerDir);
    ModelConfig config = request.config;
    config.vocabSize = tokenizer.vocabSize();
    config.bosTokenId = config.eosTokenId = tokenizer.endOfTextId();
    config.padTokenId = tokenizer.endOfTextId();
    config.labels.clear();
    for (std::int64_t i = 0; i < request.labels; ++i)
        config.labels.push_back("LABEL_" + std::to_string(i));
    config.architectures = {"GPT2ForSequenceClassification"};

    LoadedModel created = createGpt2(config, request.seed);
    saveModelFolder(created.model, request.out, &tokenizer, request.existing);
    return {config, countParameters(created.model).total};
}

} // namespace litetune
