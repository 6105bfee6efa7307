// PreTokenizer: splits text into the pieces GPT-2's regex
//   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// matches, by a hand-written scanner over UTF-8 code points (no regex engine). An invalid
// UTF-8 byte counts as one "other" code point, so any byte string splits without error.
// Deliberately no special-token handling (Tokenizer splits "<|endoftext|>" out beforehand).
// Reference: openai/gpt-2 src/encoder.py; tiktoken's equivalent r50k pattern; docs/formats.md §5.2.
#pragma once

#include <cstddef>
#include <string_view>

namespace litetune {

class PreTokenizer {
public:
    // The end of the piece that starts at `begin` (begin < text.size()); pieces tile the text.
    static std::size_t pieceEnd(std::string_view text, std::size_t begin);
};

} // namespace litetune
