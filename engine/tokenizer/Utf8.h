// Utf8: strict decoding of one UTF-8 sequence and repair of invalid UTF-8 with U+FFFD, one per
// maximal invalid subpart (Python's errors="replace", WHATWG's decoder). Deliberately no
// normalisation or transcoding beyond that: the tokenizer works on raw bytes.
// Reference: The Unicode Standard, ch. 3, Table 3-7 (well-formed byte sequences) and §3.9
// "U+FFFD Substitution of Maximal Subparts".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace litetune {

class Utf8 {
public:
    // Decodes the sequence at `bytes` (at most `available` bytes, at least 1). Returns its
    // length 1..4 and sets `codePoint` when it is well formed; otherwise returns minus the length
    // of the maximal invalid subpart (-1..-3), which is to be replaced by one U+FFFD.
    static int decode(const unsigned char* bytes, std::size_t available, char32_t& codePoint);

    static bool isValid(std::string_view bytes);
    // `bytes` with every maximal invalid subpart replaced by U+FFFD.
    static std::string repair(std::string_view bytes);
    static void append(std::string& out, char32_t codePoint);
};

namespace utf8_detail {
inline bool inRange(unsigned char byte, unsigned char low, unsigned char high) {
    return byte >= low && byte <= high;
}
} // namespace utf8_detail

inline int Utf8::decode(const unsigned char* bytes, std::size_t available, char32_t& codePoint) {
    const unsigned char lead = bytes[0];
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    int length = 0;
    // The second byte's range depends on the lead (Table 3-7): it excludes overlong forms,
    // surrogates (ED A0..BF) and code points above U+10FFFF.
    unsigned char low = 0x80, high = 0xBF;
    if (utf8_detail::inRange(lead, 0xC2, 0xDF)) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (utf8_detail::inRange(lead, 0xE0, 0xEF)) {
        length = 3;
        codePoint = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (utf8_detail::inRange(lead, 0xF0, 0xF4)) {
        length = 4;
        codePoint = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return -1;
    }
    for (int i = 1; i < length; ++i) {
        if (static_cast<std::size_t>(i) >= available || !utf8_detail::inRange(bytes[i], low, high))
            return -i;
        codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
        low = 0x80;
        high = 0xBF;
    }
    return length;
}

} // namespace litetune
