// PieceTable: a read-only open-addressing hash from a piece's bytes to the one token id it
// encodes to, for the pieces whose BPE is a single vocabulary entry (most English words). It
// spares the merge loop and the cache's lock for them. Each slot holds the token's first 8 bytes
// and its length, so the common short piece is matched with one memory access; longer ones
// compare their remaining bytes against TokenBytes.
// Reference: tiktoken's whole-piece lookup before byte_pair_merge (src/lib.rs).
#pragma once

#include "tokenizer/TokenBytes.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace litetune {

class PieceTable {
public:
    PieceTable() = default;
    // Indexes the ids listed in `ids`, whose bytes `tokens` holds.
    PieceTable(const TokenBytes& tokens, const std::vector<std::int32_t>& ids);

    // The first min(8, size) bytes of a piece as a little word, the rest zero.
    static std::uint64_t prefixOf(const char* data, std::size_t size) {
        if (size >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, data, 8);
            return word;
        }
        // Overlapping reads put equal bytes at equal places, so OR-ing them is exact.
        if (size >= 4) {
            std::uint32_t low = 0, high = 0;
            std::memcpy(&low, data, 4);
            std::memcpy(&high, data + size - 4, 4);
            return low | (static_cast<std::uint64_t>(high) << ((size - 4) * 8));
        }
        if (size == 0)
            return 0;
        const auto* bytes = reinterpret_cast<const unsigned char*>(data);
        return bytes[0] | (static_cast<std::uint64_t>(bytes[size / 2]) << (size / 2 * 8)) |
               (static_cast<std::uint64_t>(bytes[size - 1]) << ((size - 1) * 8));
    }

    // The id whose bytes equal `piece` (hash = hashBytes(piece)), or -1.
    std::int32_t find(std::string_view piece, std::uint64_t hash, const TokenBytes& tokens) const {
        if (m_slots.empty())
            return -1;
        const std::uint64_t prefix = prefixOf(piece.data(), piece.size());
        std::size_t slot = static_cast<std::size_t>(hash) & m_mask;
        while (true) {
            const Slot& candidate = m_slots[slot];
            if (candidate.id < 0)
                return -1;
            if (candidate.prefix == prefix && candidate.length == piece.size() &&
                (piece.size() <= 8 || tokens.bytes(candidate.id).substr(8) == piece.substr(8)))
                return candidate.id;
            slot = (slot + 1) & m_mask;
        }
    }

private:
    struct Slot {
        std::uint64_t prefix = 0;
        std::int32_t id = -1;
        std::uint32_t length = 0;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace litetune
