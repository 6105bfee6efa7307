// PreTokenizer: GPT-2's pre-tokenisation regex as a scanner. Each alternative of the regex is
// tried in order at the piece start, as a backtracking regex engine would (leftmost first).
// Reference: openai/gpt-2 src/encoder.py; docs/formats.md §5.2.
#include "tokenizer/PreTokenizer.h"

#include "tokenizer/UnicodeTables.h"
#include "tokenizer/Utf8.h"

namespace litetune {

namespace {

// The class of the code point at `i` and its length; an invalid byte is Other of length 1.
inline CharClass classAt(const unsigned char* text, std::size_t size, std::size_t i, std::size_t& length) {
    const unsigned char byte = text[i];
    if (byte < 0x80) {
        length = 1;
        return static_cast<CharClass>(kAsciiCharClass[byte]);
    }
    char32_t codePoint = 0;
    const int decoded = Utf8::decode(text + i, size - i, codePoint);
    if (decoded < 0) {
        length = 1;
        return CharClass::Other;
    }
    length = static_cast<std::size_t>(decoded);
    return wideCharClass(codePoint);
}

// The end of the run of `wanted` code points starting at `i`.
inline std::size_t runEnd(const unsigned char* text, std::size_t size, std::size_t i, CharClass wanted) {
    const auto asciiWanted = static_cast<std::uint8_t>(wanted);
    while (i < size) {
        const unsigned char byte = text[i];
        if (byte < 0x80) {
            if (kAsciiCharClass[byte] != asciiWanted)
                break;
            ++i;
            continue;
        }
        std::size_t length = 0;
        if (classAt(text, size, i, length) != wanted)
            break;
        i += length;
    }
    return i;
}

// 's 't 're 've 'm 'll 'd: case-sensitive, ASCII apostrophe only.
inline std::size_t contractionLength(const unsigned char* text, std::size_t size, std::size_t i) {
    if (i + 1 >= size)
        return 0;
    const unsigned char next = text[i + 1];
    if (next == 's' || next == 't' || next == 'm' || next == 'd')
        return 2;
    if (i + 2 >= size)
        return 0;
    const unsigned char last = text[i + 2];
    if ((next == 'r' && last == 'e') || (next == 'v' && last == 'e') || (next == 'l' && last == 'l'))
        return 3;
    return 0;
}

} // namespace

std::size_t PreTokenizer::pieceEnd(std::string_view view, std::size_t begin) {
    const auto* text = reinterpret_cast<const unsigned char*>(view.data());
    const std::size_t size = view.size();
    const unsigned char first = text[begin];

    if (first == '\'') {
        if (const std::size_t length = contractionLength(text, size, begin))
            return begin + length;
    }

    // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+": an optional U+0020, then a run of one class.
    std::size_t start = begin;
    if (first == ' ' && begin + 1 < size)
        start = begin + 1;
    std::size_t length = 0;
    const CharClass runClass = classAt(text, size, start, length);
    if (runClass != CharClass::Space)
        return runEnd(text, size, start + length, runClass);

    // "\s+(?!\S)|\s+": a whitespace run; when a non-space follows, its last code point is left
    // for the next piece (where a final U+0020 joins the word after it), unless it is alone.
    std::size_t end = begin;
    std::size_t lastStart = begin;
    while (end < size && classAt(text, size, end, length) == CharClass::Space) {
        lastStart = end;
        end += length;
    }
    if (end == size || lastStart == begin)
        return end;
    return lastStart;
}

} // namespace litetune
