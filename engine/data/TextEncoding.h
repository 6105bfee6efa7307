// TextEncoding: the encoding checks dataset readers need — strict UTF-8 validity (delegated to
// the tokenizer's validator, so "valid" means the same everywhere) and the UTF-8 byte-order mark
// that spreadsheet programs put before a CSV header. Deliberately no transcoding: datasets must be
// UTF-8, and texts reach the tokenizer byte for byte. Reference: RFC 3629 §4 and §6 (BOM).
#pragma once

#include "tokenizer/Utf8.h"

#include <string_view>

namespace litetune {

class TextEncoding {
public:
    static bool isValidUtf8(std::string_view text) { return Utf8::isValid(text); }

    // `text` without a leading byte-order mark (EF BB BF).
    static std::string_view withoutBom(std::string_view text) {
        if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
            static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
            text.remove_prefix(3);
        return text;
    }
};

} // namespace litetune
