// TextCleaner (see TextCleaner.h).
#include "data/TextCleaner.h"

#include "tokenizer/UnicodeTables.h"
#include "tokenizer/Utf8.h"

namespace litetune {

std::string TextCleaner::clean(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false; // a run of white space seen since the last kept character
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        char32_t codePoint = 0;
        const int length = Utf8::decode(bytes + i, text.size() - i, codePoint);
        if (length < 0) { // not expected after validation; keep the bytes rather than lose text
            out.append(text.substr(i, static_cast<std::size_t>(-length)));
            i += static_cast<std::size_t>(-length);
            continue;
        }
        const std::string_view sequence = text.substr(i, static_cast<std::size_t>(length));
        i += static_cast<std::size_t>(length);
        if (isDefaultIgnorable(codePoint))
            continue;
        if (charClass(codePoint) == CharClass::Space) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        out.append(sequence);
    }
    return out;
}

} // namespace litetune
