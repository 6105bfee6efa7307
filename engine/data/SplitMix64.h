// SplitMix64: a tiny, fully specified 64-bit generator, so seeded splits and demo sampling give
// the same result on every machine and standard library (std::shuffle and the std distributions
// are implementation-defined). Deliberately not for cryptography.
// Reference: Steele, Lea, Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014).
#pragma once

#include <cstdint>

namespace litetune {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) by rejection, so no value is favoured; bound must be > 0.
    std::uint64_t below(std::uint64_t bound) {
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
        std::uint64_t value = next();
        while (value >= limit)
            value = next();
        return value % bound;
    }

private:
    std::uint64_t m_state;
};

} // namespace litetune
