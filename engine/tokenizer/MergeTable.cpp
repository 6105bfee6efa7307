// MergeTable: open-addressing (linear probing) pair -> rank table, load factor at most 1/2.
// Reference: docs/formats.md §5.3.
#include "tokenizer/MergeTable.h"

namespace litetune {

MergeTable::MergeTable(std::size_t expectedCount) {
    std::size_t capacity = 16;
    while (capacity < expectedCount * 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
}

bool MergeTable::insert(std::int32_t left, std::int32_t right, std::uint32_t rank, std::int32_t merged) {
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t key = keyOf(left, right);
    std::size_t slot = static_cast<std::size_t>(mixBits(key)) & m_mask;
    while (m_slots[slot].key != kEmptyKey) {
        if (m_slots[slot].key == key)
            return false;
        slot = (slot + 1) & m_mask;
    }
    m_slots[slot] = Slot{key, rank, merged};
    ++m_size;
    return true;
}

void MergeTable::grow() {
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.size() * 2, Slot{});
    m_mask = m_slots.size() - 1;
    for (const Slot& entry : old) {
        if (entry.key == kEmptyKey)
            continue;
        std::size_t slot = static_cast<std::size_t>(mixBits(entry.key)) & m_mask;
        while (m_slots[slot].key != kEmptyKey)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = entry;
    }
}

} // namespace litetune
