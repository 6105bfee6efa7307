// TokenizerFiles: strict, bounded reading of GPT-2 tokenizer files (vocab.json / encoder.json,
// merges.txt / vocab.bpe) and writing them back in the layout of the original GPT-2 files.
// Every defect is a BadInput error naming the file and the line, token or field. Deliberately
// not tokenizer.json (Hugging Face's fast-tokenizer file) and no added_tokens.json.
// Reference: docs/formats.md §5.4; openai/gpt-2 src/encoder.py get_encoder; HF tokenization_gpt2.py.
#pragma once

#include "tokenizer/BpeVocabulary.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace litetune {

class TokenizerFiles {
public:
    static constexpr std::size_t kMaxFileBytes = std::size_t(64) << 20;

    static BpeVocabulary read(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt);

    // The parsers behind read(); `name` is how errors refer to the input.
    static std::vector<std::string> parseVocab(std::string_view json, const std::string& name);
    static std::vector<std::pair<std::int32_t, std::int32_t>>
    parseMerges(std::string_view text, const std::vector<std::string>& tokens, const std::string& name);

    // vocab.json as OpenAI's encoder.json and the Hub's gpt2 vocab.json spell it: one line,
    // entries in id order, Python json.dumps separators and \u escapes, no final newline.
    static std::string formatVocab(const BpeVocabulary& vocabulary);
    // merges.txt: "#version: 0.2", then one "left right" line per merge in rank order.
    static std::string formatMerges(const BpeVocabulary& vocabulary);

    // A file's bytes, at most kMaxFileBytes; errors name the file.
    static std::string readBounded(const std::filesystem::path& path);
};

} // namespace litetune
