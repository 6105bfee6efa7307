// ContentHash: a stable 128-bit fingerprint (two FNV-1a-64 lanes with different offsets, finished
// with SplitMix64's mixer) for cache keys: identical on every machine, cheap, and fed with
// length-prefixed fields so ("ab","c") and ("a","bc") differ. Deliberately not cryptographic:
// it names cache files, it does not defend against forged ones (those are validated on read).
// Reference: Fowler–Noll–Vo hash, draft-eastlake-fnv.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace litetune {

class ContentHash {
public:
    void add(std::string_view bytes);
    void add(std::uint64_t value);
    // 32 lowercase hex digits.
    std::string hex() const;

private:
    void addBytes(const unsigned char* data, std::size_t size);
    std::uint64_t m_a = 0xCBF29CE484222325ull;
    std::uint64_t m_b = 0x84222325CBF29CE4ull;
};

} // namespace litetune
