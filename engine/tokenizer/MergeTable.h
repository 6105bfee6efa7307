// MergeTable: the BPE merge rules as an open-addressing hash from a pair of token ids to the
// rule's rank (its line order in merges.txt) and the id of the merged token. Built once, then
// read-only, so lookups need no lock. Deliberately no deletion or growth after building.
// Reference: docs/formats.md §5.3; the rank order of openai/gpt-2 src/encoder.py (bpe_ranks).
#pragma once

#include "tokenizer/ByteHash.h"

#include <cstdint>
#include <vector>

namespace litetune {

class MergeTable {
public:
    static constexpr std::uint32_t kNoRank = 0xFFFFFFFFu;

    explicit MergeTable(std::size_t expectedCount = 0);

    // Returns false (and changes nothing) when the pair already has a rule.
    bool insert(std::int32_t left, std::int32_t right, std::uint32_t rank, std::int32_t merged);

    // The rank of merging (left, right), or kNoRank; `merged` receives the resulting id.
    std::uint32_t find(std::int32_t left, std::int32_t right, std::int32_t& merged) const {
        const std::uint64_t key = keyOf(left, right);
        std::size_t slot = static_cast<std::size_t>(mixBits(key)) & m_mask;
        while (true) {
            const Slot& candidate = m_slots[slot];
            if (candidate.key == key) {
                merged = candidate.merged;
                return candidate.rank;
            }
            if (candidate.key == kEmptyKey)
                return kNoRank;
            slot = (slot + 1) & m_mask;
        }
    }

    std::size_t size() const { return m_size; }

private:
    static constexpr std::uint64_t kEmptyKey = ~0ull;
    struct Slot {
        std::uint64_t key = kEmptyKey;
        std::uint32_t rank = kNoRank;
        std::int32_t merged = -1;
    };

    static std::uint64_t keyOf(std::int32_t left, std::int32_t right) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(left)) << 32) | static_cast<std::uint32_t>(right);
    }
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace litetune
