// Utf8: strict UTF-8 decoding and U+FFFD repair of maximal invalid subparts.
// Reference: The Unicode Standard, Table 3-7 and §3.9.
#include "tokenizer/Utf8.h"

#include "api/Tokenizer.h"

namespace litetune {

bool Utf8::isValid(std::string_view bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t i = 0;
    char32_t codePoint = 0;
    while (i < bytes.size()) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = decode(data + i, bytes.size() - i, codePoint);
        if (length < 0)
            return false;
        i += static_cast<std::size_t>(length);
    }
    return true;
}

std::string Utf8::repair(std::string_view bytes) {
    if (isValid(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + 16);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t i = 0;
    char32_t codePoint = 0;
    while (i < bytes.size()) {
        const int length = decode(data + i, bytes.size() - i, codePoint);
        if (length > 0) {
            out.append(bytes.data() + i, static_cast<std::size_t>(length));
            i += static_cast<std::size_t>(length);
        } else {
            append(out, 0xFFFD);
            i += static_cast<std::size_t>(-length);
        }
    }
    return out;
}

void Utf8::append(std::string& out, char32_t codePoint) {
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

std::string repairUtf8(std::string_view bytes) {
    return Utf8::repair(bytes);
}

} // namespace litetune
