// ModelInit: a randomly initialised GPT-2 for sequence classification written as a Hugging Face
// model folder (config.json, model.safetensors, vocab.json, merges.txt) — the `init` verb. Weights
// follow Hugging Face's init, drawn from the seed; pad = eos = <|endoftext|>. No LibTorch in this
// header; the implementation is engine/model/ModelInit.cpp.
#pragma once

#include "api/ExistingFolder.h"
#include "api/ModelConfig.h"

#include <cstdint>
#include <string>

namespace litetune {

struct ModelInitRequest {
    // Sizes (layers, heads, width, positions); the vocabulary, the special ids, the labels and the
    // architecture are set from the fields below.
    ModelConfig config;
    std::int64_t labels = 2; // LABEL_0 … LABEL_{n-1}
    std::uint64_t seed = 42;
    std::string tokenizerDir; // empty: the byte-level vocabulary of Tokenizer::byteLevel() (257 ids)
    std::string out;          // the model folder; new or empty unless `existing` allows more
    ExistingFolder existing = ExistingFolder::Refuse;
};

struct ModelInitResult {
    ModelConfig config;          // as written
    std::int64_t parameters = 0; // all of the model's parameters
};

// Checks the target folder before any work (BadInput naming it), then reads the tokenizer, draws
// the model and writes the folder.
ModelInitResult initModelFolder(const ModelInitRequest& request);

} // namespace litetune
