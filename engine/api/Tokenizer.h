// Tokenizer: GPT-2's byte-level BPE (vocab.json + merges.txt), exact to tiktoken's "gpt2"
// encoding and Hugging Face's GPT2TokenizerFast. Needs no LibTorch; safe to call from any
// thread (the per-tokenizer cache of pre-token results is internally synchronised).
// Reference: openai/gpt-2 src/encoder.py; docs/formats.md §5.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace litetune {

// One token of an encoded text with its byte range [begin, end) in the input UTF-8.
struct TokenSpan {
    std::int32_t id = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// How the literal text "<|endoftext|>" in input is treated. Hugging Face recognises it as the
// special token (id 50256); tiktoken's encode_ordinary treats it as ordinary text.
enum class SpecialTokens { Recognize, AsText };

class Tokenizer {
public:
    // A folder holding vocab.json + merges.txt (or OpenAI's encoder.json + vocab.bpe).
    static Tokenizer fromFolder(const std::filesystem::path& dir);
    static Tokenizer fromFiles(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt);
    // 256 single-byte tokens in GPT-2's byte order plus <|endoftext|> = 256, no merges: the
    // vocabulary of the built-in demo model and of `init` without --tokenizer.
    static Tokenizer byteLevel();

    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;
    ~Tokenizer();

    std::vector<std::int32_t> encode(std::string_view text, SpecialTokens special = SpecialTokens::Recognize) const;
    std::vector<TokenSpan> encodeWithOffsets(std::string_view text,
                                             SpecialTokens special = SpecialTokens::Recognize) const;
    // UTF-8 of the ids' bytes; invalid UTF-8 sequences become U+FFFD.
    std::string decode(const std::vector<std::int32_t>& ids) const;
    // A token's text for display (its bytes decoded, U+FFFD for partial characters).
    std::string tokenText(std::int32_t id) const;

    std::int32_t vocabSize() const;
    std::int32_t endOfTextId() const; // 50256 for GPT-2

    // Writes vocab.json + merges.txt into `dir` (atomically), as Hugging Face saves them.
    void saveTo(const std::filesystem::path& dir) const;

private:
    struct Impl;
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// `bytes` with every maximal invalid UTF-8 subpart replaced by U+FFFD (Python's errors="replace");
// valid UTF-8 comes back unchanged (tokenizer/Utf8.h).
std::string repairUtf8(std::string_view bytes);

} // namespace litetune
