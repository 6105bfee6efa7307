// BpeVocabulary: the validated content of vocab.json + merges.txt as raw bytes and ids, the
// form TokenizerFiles reads and writes and Tokenizer builds its tables from.
// Reference: docs/formats.md §5.4.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace litetune {

struct BpeVocabulary {
    // tokens[id] = the token's bytes (not GPT-2's symbol spelling); "" marks an unused id.
    std::vector<std::string> tokens;
    // merges[rank] = (left id, right id); the merged token is the concatenation, also in tokens.
    std::vector<std::pair<std::int32_t, std::int32_t>> merges;
};

} // namespace litetune
