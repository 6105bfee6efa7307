// TokenCache: token ids of a split at a max length, cached on disk so a second run (or the
// comparison's second and third method) skips tokenization. The cache file is named by a hash
// of (the split's texts, a tokenizer identity, the max length), written atomically, and checked
// on read (magic, version, key, counts, lengths, id range, checksum): a corrupt or foreign file
// is recomputed and replaced, never trusted. Deliberately no eviction: files are small and live
// in a folder the caller owns. Reference: docs/data.md "Token cache".
#pragma once

#include "api/Dataset.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

class Tokenizer;

struct TokenizedSplit {
    std::vector<std::vector<std::int32_t>> ids; // per example, its first maxLength tokens
    std::vector<std::int64_t> lengths;          // per example, the untruncated token count
    bool fromCache = false;
};

class TokenCache {
public:
    // `dir` empty: nothing is cached, every call tokenizes.
    explicit TokenCache(std::filesystem::path dir);

    // `tokenizerIdentity` names the tokenizer's files or contents (identityOf when nothing better
    // is at hand); maxLength must be at least 1. A cache that cannot be written is not an error.
    TokenizedSplit tokenize(const Split& split, const Tokenizer& tokenizer, const std::string& tokenizerIdentity,
                            std::int64_t maxLength) const;

    std::filesystem::path fileFor(const Split& split, const std::string& tokenizerIdentity,
                                  std::int64_t maxLength) const;

    // A fingerprint of a tokenizer: every token's text and the encoding of a probe sentence.
    static std::string identityOf(const Tokenizer& tokenizer);

private:
    bool load(const std::filesystem::path& file, const std::string& key, const Split& split, std::int64_t maxLength,
              std::int32_t vocabSize, TokenizedSplit& out) const;
    void store(const std::filesystem::path& file, const std::string& key, const TokenizedSplit& data,
               std::int64_t maxLength) const;

    std::filesystem::path m_dir;
};

} // namespace litetune
