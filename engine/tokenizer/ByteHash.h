// ByteHash: a fast 64-bit hash of short byte strings (pre-tokens, token bytes) for the
// tokenizer's open-addressing tables. Deliberately not cryptographic and not stable across
// versions: nothing hashed is ever stored. Reference: the multiply-xorshift mixing of
// SplitMix64 (Steele, Lea, Flood 2014).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace litetune {

inline std::uint64_t mixBits(std::uint64_t x) {
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 32;
    return x;
}

inline std::uint64_t hashBytes(const char* data, std::size_t size) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t hash = (size + 1) * kMultiplier;
    while (size >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, data, 8);
        hash = (hash ^ word) * kMultiplier;
        hash ^= hash >> 29;
        data += 8;
        size -= 8;
    }
    // The length is already mixed in, so the tail may be read as overlapping words.
    std::uint64_t tail = 0;
    if (size >= 4) {
        std::uint32_t low = 0, high = 0;
        std::memcpy(&low, data, 4);
        std::memcpy(&high, data + size - 4, 4);
        tail = low | (static_cast<std::uint64_t>(high) << 32);
    } else if (size > 0) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(data);
        tail = bytes[0] | (static_cast<std::uint64_t>(bytes[size / 2]) << 8) |
               (static_cast<std::uint64_t>(bytes[size - 1]) << 16);
    }
    return mixBits(hash ^ tail);
}

} // namespace litetune
