// `litetune-cli init --out DIR [--overwrite] [--tokenizer DIR] [--layers N --heads N --embd N
// --positions N --labels N --seed N]`: a randomly initialised GPT-2 for sequence classification,
// written as a Hugging Face model folder (config.json, model.safetensors, vocab.json, merges.txt).
// DIR must be new or empty; --overwrite replaces a model folder LiteTune wrote there earlier (its
// files only). Sizes default
// to GPT2Config's (GPT-2 124M); the vocabulary is the tokenizer's, or the byte-level one (257 ids)
// without --tokenizer; pad = eos = <|endoftext|>. Weights follow Hugging Face's init, seeded.
#include "Arguments.h"
#include "Verbs.h"

#include "api/RuntimeInfo.h"
#include "api/Tokenizer.h"
#include "io/ModelExport.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "util/Error.h"
#include "util/FolderManifest.h"
#include "util/StagedDirectory.h"

#include <iostream>

namespace litetune::cli {

int runInit(int argc, char** argv, int first) {
    Arguments args(argc, argv, first, {"overwrite"});
    const std::string out = args.require("out");
    const ExistingFolder existing = args.has("overwrite") ? ExistingFolder::ReplaceOwnFiles : ExistingFolder::Refuse;
    const std::string tokenizerDir = args.valueOr("tokenizer", "");
    ModelConfig config; // GPT2Config defaults
    config.nLayer = args.integerOr("layers", config.nLayer);
    config.nHead = args.integerOr("heads", config.nHead);
    config.nEmbd = args.integerOr("embd", config.nEmbd);
    config.nPositions = args.integerOr("positions", config.nPositions);
    const std::int64_t labels = args.integerOr("labels", 2);
    const std::int64_t seed = args.integerOr("seed", 42);
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    configureThreads(threads, false);
    if (labels < 1 || labels > 100000)
        throwBadInput("option --labels expects a count from 1 to 100000, got " + std::to_string(labels));
    if (seed < 0)
        throwBadInput("option --seed expects a non-negative integer, got " + std::to_string(seed));
    checkFolderTarget(out, kModelFolderKind, existing); // before minutes of initialisation, not after

    const Tokenizer tokenizer = tokenizerDir.empty() ? Tokenizer::byteLevel() : Tokenizer::fromFolder(tokenizerDir);
    config.vocabSize = tokenizer.vocabSize();
    config.bosTokenId = config.eosTokenId = tokenizer.endOfTextId();
    config.padTokenId = tokenizer.endOfTextId();
    for (std::int64_t i = 0; i < labels; ++i)
        config.labels.push_back("LABEL_" + std::to_string(i));
    config.architectures = {"GPT2ForSequenceClassification"};

    LoadedModel created = createGpt2(config, static_cast<std::uint64_t>(seed));
    saveModelFolder(created.model, out, &tokenizer, existing);
    std::cout << "wrote " << out << ": GPT-2 with " << countParameters(created.model).total << " parameters ("
              << config.nLayer << " layers, " << config.nHead << " heads, " << config.nEmbd << " wide, "
              << config.nPositions << " positions, " << config.vocabSize << " ids, " << labels << " labels, seed "
              << seed << ")\n";
    return 0;
}

} // namespace litetune::cli
