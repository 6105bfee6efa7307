// PieceTable: a read-only open-addressing hash from a piece's bytes to the one token id it
// encodes to, for the pieces whose BPE is a single vocabulary entry (most English words). It
// spares the merge loop and the cache's lock for them. Deliberately holds only ids, not bytes:
// candidates are compared against TokenBytes.
// Reference: tiktoken's whole-piece lookup before byte_pair_merge (src/lib.rs).
#pragma once

#include "tokenizer/TokenBytes.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace litetune {

class PieceTable {
public:
    PieceTable() = default;
    // Indexes the ids listed in `ids`, whose bytes `tokens` holds.
    PieceTable(const TokenBytes& tokens, const std::vector<std::int32_t>& ids);

    // The id whose bytes equal `piece` (hash = hashBytes(piece)), or -1.
    std::int32_t find(std::string_view piece, std::uint64_t hash, const TokenBytes& tokens) const
    {
        if (m_slots.empty())
            return -1;
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        std::size_t slot = static_cast<std::size_t>(hash) & m_mask;
        while (true) {
            const Slot& candidate = m_slots[slot];
            if (candidate.id < 0)
                return -1;
            if (candidate.tag == tag && tokens.bytes(candidate.id) == piece)
                return candidate.id;
            slot = (slot + 1) & m_mask;
        }
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::int32_t id = -1;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace litetune
