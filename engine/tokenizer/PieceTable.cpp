// PieceTable: linear probing, load factor at most 1/2, built once.
#include "tokenizer/PieceTable.h"

#include "tokenizer/ByteHash.h"

namespace litetune {

PieceTable::PieceTable(const TokenBytes& tokens, const std::vector<std::int32_t>& ids) {
    std::size_t capacity = 16;
    while (capacity < ids.size() * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const std::int32_t id : ids) {
        const std::string_view bytes = tokens.bytes(id);
        std::size_t slot = static_cast<std::size_t>(hashBytes(bytes.data(), bytes.size())) & m_mask;
        while (m_slots[slot].id >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = Slot{prefixOf(bytes.data(), bytes.size()), id, static_cast<std::uint32_t>(bytes.size())};
    }
}

} // namespace litetune
