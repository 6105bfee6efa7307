// `litetune-cli init --out DIR [--overwrite] [--tokenizer DIR] [--layers N --heads N --embd N
// --positions N --labels N --seed N]`: a randomly initialised GPT-2 for sequence classification,
// written as a Hugging Face model folder (config.json, model.safetensors, vocab.json, merges.txt).
// DIR must be new or empty; --overwrite replaces a model folder LiteTune wrote there earlier (its
// files only). Sizes default
// to GPT2Config's (GPT-2 124M); the vocabulary is the tokenizer's, or the byte-level one (257 ids)
// without --tokenizer; pad = eos = <|endoftext|>. Weights follow Hugging Face's init, seeded.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/ModelInit.h"
#include "api/RuntimeInfo.h"

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

    ModelInitRequest request;
    request.config = config;
    request.labels = labels;
    request.seed = static_cast<std::uint64_t>(seed);
    request.tokenizerDir = tokenizerDir;
    request.out = out;
    request.existing = existing;
    const ModelInitResult created = initModelFolder(request);
    config = created.config;
    std::cout << "wrote " << out << ": GPT-2 with " << created.parameters << " parameters (" << config.nLayer
              << " layers, " << config.nHead << " heads, " << config.nEmbd << " wide, " << config.nPositions
              << " positions, " << config.vocabSize << " ids, " << labels << " labels, seed " << seed << ")\n";
    return 0;
}

} // namespace litetune::cli
