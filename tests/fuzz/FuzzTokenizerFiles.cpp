// Fuzzes the vocab.json and merges.txt parsers. The input is split at the first NUL byte:
// vocab JSON before it, merges text after it.
#include "tokenizer/TokenizerFiles.h"
#include "util/Error.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    const std::string_view vocab = input.substr(0, split);
    const std::string_view merges = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
    try {
        const auto tokens = litetune::TokenizerFiles::parseVocab(vocab, "fuzz/vocab.json");
        litetune::TokenizerFiles::parseMerges(merges, tokens, "fuzz/merges.txt");
    } catch (const litetune::Error&) {
    }
    return 0;
}
