// ByteAlphabet: GPT-2's bijection between the 256 byte values and 256 printable code points
// (bytes_to_unicode), in which vocab.json and merges.txt spell their tokens ("Ġ" is the space
// byte). Deliberately only the mapping: the tokenizer itself works on raw bytes.
// Reference: openai/gpt-2 src/encoder.py bytes_to_unicode; docs/formats.md §5.1.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace litetune {

class ByteAlphabet {
public:
    // The code point that stands for `byte`.
    static char32_t symbolOf(std::uint8_t byte);
    // The byte a code point stands for, or -1 when it is not one of the 256 symbols.
    static int byteOf(char32_t symbol);
    // The bytes in GPT-2's vocabulary order: printable Latin-1 first ('!' .. '~', '¡' .. '¬',
    // '®' .. 'ÿ'), then the other 68 bytes ascending. Id i of GPT-2's vocab.json is byte order()[i].
    static const std::array<std::uint8_t, 256>& order();

    // UTF-8 of the symbols that spell `bytes` (vocab.json's form of a token).
    static std::string spell(std::string_view bytes);
    // The bytes a UTF-8 symbol string spells. Returns false and sets `offending` to the first
    // code point outside the alphabet (or U+FFFD for invalid UTF-8).
    static bool unspell(std::string_view symbols, std::string& bytes, char32_t& offending);
};

} // namespace litetune
