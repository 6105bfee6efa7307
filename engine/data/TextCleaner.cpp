// TextCleaner (see TextCleaner.h).
#include "data/TextCleaner.h"

#include "tokenizer/UnicodeTables.h"
#include "tokenizer/Utf8.h"

namespace litetune {

namespace {

// Walks `text` the way clean() rewrites it and hands the cleaned text to `emit` piece by piece, in
// order; stops as soon as `emit` returns false (and then returns false). clean() and changes()
// share this one walk, so "would clean() change it" can never drift from what clean() does.
template <typename Emit> bool walkCleaned(std::string_view text, Emit&& emit) {
    bool emitted = false;      // anything kept yet (leading white space is dropped)
    bool pendingSpace = false; // a run of white space seen since the last kept character
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        char32_t codePoint = 0;
        const int length = Utf8::decode(bytes + i, text.size() - i, codePoint);
        if (length < 0) { // not expected after validation; keep the bytes rather than lose text
            if (!emit(text.substr(i, static_cast<std::size_t>(-length))))
                return false;
            emitted = true;
            i += static_cast<std::size_t>(-length);
            continue;
        }
        const std::string_view sequence = text.substr(i, static_cast<std::size_t>(length));
        i += static_cast<std::size_t>(length);
        if (isDefaultIgnorable(codePoint))
            continue;
        if (charClass(codePoint) == CharClass::Space) {
            pendingSpace = emitted;
            continue;
        }
        if (pendingSpace && !emit(std::string_view(" ", 1)))
            return false;
        pendingSpace = false;
        if (!emit(sequence))
            return false;
        emitted = true;
    }
    return true;
}

} // namespace

std::string TextCleaner::clean(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    walkCleaned(text, [&out](std::string_view piece) {
        out.append(piece);
        return true;
    });
    return out;
}

bool TextCleaner::changes(std::string_view text) {
    // The cleaned text is never longer than the input, so it equals the input exactly when every
    // piece matches the input where it would land and the pieces reach the input's end.
    std::size_t position = 0;
    const bool samePrefix = walkCleaned(text, [text, &position](std::string_view piece) {
        if (text.substr(position, piece.size()) != piece)
            return false;
        position += piece.size();
        return true;
    });
    return !samePrefix || position != text.size();
}

} // namespace litetune
