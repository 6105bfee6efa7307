// ByteAlphabet: GPT-2's bytes_to_unicode bijection.
// Reference: openai/gpt-2 src/encoder.py bytes_to_unicode.
#include "tokenizer/ByteAlphabet.h"

#include "tokenizer/Utf8.h"

namespace litetune {

namespace {

bool isPrintableLatin1(int byte) {
    return (byte >= 0x21 && byte <= 0x7E) || (byte >= 0xA1 && byte <= 0xAC) || (byte >= 0xAE && byte <= 0xFF);
}

struct Tables {
    std::array<char32_t, 256> symbols{};
    std::array<std::uint8_t, 256> order{};
    // Every symbol is below U+0144, so the inverse is a small array.
    std::array<std::int16_t, 0x144> bytes{};

    Tables() {
        bytes.fill(-1);
        int next = 0;
        for (int byte = 0; byte < 256; ++byte)
            if (isPrintableLatin1(byte)) {
                symbols[byte] = static_cast<char32_t>(byte);
                order[next++] = static_cast<std::uint8_t>(byte);
            }
        char32_t shifted = 0x100;
        for (int byte = 0; byte < 256; ++byte)
            if (!isPrintableLatin1(byte)) {
                symbols[byte] = shifted++;
                order[next++] = static_cast<std::uint8_t>(byte);
            }
        for (int byte = 0; byte < 256; ++byte)
            bytes[symbols[byte]] = static_cast<std::int16_t>(byte);
    }
};

const Tables& tables() {
    static const Tables instance;
    return instance;
}

} // namespace

char32_t ByteAlphabet::symbolOf(std::uint8_t byte) {
    return tables().symbols[byte];
}

int ByteAlphabet::byteOf(char32_t symbol) {
    return symbol < 0x144 ? tables().bytes[symbol] : -1;
}

const std::array<std::uint8_t, 256>& ByteAlphabet::order() {
    return tables().order;
}

std::string ByteAlphabet::spell(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char byte : bytes)
        Utf8::append(out, symbolOf(static_cast<std::uint8_t>(byte)));
    return out;
}

bool ByteAlphabet::unspell(std::string_view symbols, std::string& bytes, char32_t& offending) {
    bytes.clear();
    const auto* data = reinterpret_cast<const unsigned char*>(symbols.data());
    std::size_t i = 0;
    while (i < symbols.size()) {
        char32_t codePoint = 0;
        const int length = Utf8::decode(data + i, symbols.size() - i, codePoint);
        const int byte = length > 0 ? byteOf(codePoint) : -1;
        if (byte < 0) {
            offending = length > 0 ? codePoint : 0xFFFD;
            return false;
        }
        bytes += static_cast<char>(byte);
        i += static_cast<std::size_t>(length);
    }
    return true;
}

} // namespace litetune
