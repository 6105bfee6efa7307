// UnicodeTables: the character class of a code point as GPT-2's pre-tokenisation regex sees it
// (\p{L}, \p{N}, \s, or anything else). ASCII is a table lookup; the rest a binary search over
// generated ranges (UnicodeTables.cpp, made by tools/unicode/generate_tables.py from the UCD).
// Plus one property text cleaning needs (Default_Ignorable_Code_Point); deliberately no others.
// Reference: openai/gpt-2 src/encoder.py (the regex); UAX #44.
#pragma once

#include <cstddef>
#include <cstdint>

namespace litetune {

enum class CharClass : std::uint8_t { Other = 0, Letter = 1, Number = 2, Space = 3 };

struct CharClassRange {
    char32_t first;
    char32_t last;
    CharClass charClass;
};

struct CodePointRange {
    char32_t first;
    char32_t last;
};

extern const char* const kUnicodeTablesVersion;
extern const std::uint8_t kAsciiCharClass[128];
extern const CharClassRange kCharClassRanges[];
extern const std::size_t kCharClassRangeCount;

// The class of a code point above U+007F (binary search; Other when in no range).
CharClass wideCharClass(char32_t codePoint);

// Whether a code point is invisible by default (U+FE0F, U+200D, U+00AD, tag characters, ...).
bool isDefaultIgnorable(char32_t codePoint);

inline CharClass charClass(char32_t codePoint) {
    if (codePoint < 0x80)
        return static_cast<CharClass>(kAsciiCharClass[codePoint]);
    return wideCharClass(codePoint);
}

} // namespace litetune
