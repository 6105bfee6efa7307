// ContentHash: stable 128-bit FNV-1a fingerprint (see ContentHash.h).
#include "data/ContentHash.h"

namespace litetune {

namespace {
constexpr std::uint64_t kPrime = 0x100000001B3ull;

std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
} // namespace

void ContentHash::addBytes(const unsigned char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        m_a = (m_a ^ data[i]) * kPrime;
        m_b = (m_b ^ static_cast<unsigned char>(data[i] + 0x5B)) * kPrime;
    }
}

void ContentHash::add(std::uint64_t value) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<unsigned char>(value >> (8 * i)); // little-endian on every host
    addBytes(bytes, 8);
}

void ContentHash::add(std::string_view bytes) {
    add(static_cast<std::uint64_t>(bytes.size()));
    addBytes(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string ContentHash::hex() const {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const std::uint64_t lane : {mix(m_a), mix(m_b ^ m_a)})
        for (int shift = 60; shift >= 0; shift -= 4)
            out += digits[(lane >> shift) & 0xF];
    return out;
}

} // namespace litetune
