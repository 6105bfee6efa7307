// PieceCache: 16 shards, each an open-addressing index over append-only key and id buffers.
// Reference: openai/gpt-2 src/encoder.py (Encoder.cache).
#include "tokenizer/PieceCache.h"

#include <algorithm>

namespace litetune {

namespace {

constexpr std::size_t kShardCount = 16;

} // namespace

struct PieceCache::Shard {
    struct Entry {
        std::uint64_t hash;
        std::uint32_t keyBegin;
        std::uint32_t keyLength;
        std::uint32_t idBegin;
        std::uint32_t idCount;
    };

    std::mutex mutex;
    std::size_t maxEntries = 0;
    std::size_t mask = 0;
    std::vector<std::uint32_t> slots; // entry index + 1; 0 is empty
    std::vector<Entry> entries;
    std::string keys;
    std::vector<std::int32_t> ids;

    void clear() {
        std::fill(slots.begin(), slots.end(), 0u);
        entries.clear();
        keys.clear();
        ids.clear();
    }

    // The slot holding `piece`, or the empty slot where it belongs.
    std::size_t probe(std::string_view piece, std::uint64_t hash) const {
        std::size_t slot = static_cast<std::size_t>(hash >> 20) & mask;
        while (slots[slot] != 0) {
            const Entry& entry = entries[slots[slot] - 1];
            if (entry.hash == hash && std::string_view(keys).substr(entry.keyBegin, entry.keyLength) == piece)
                return slot;
            slot = (slot + 1) & mask;
        }
        return slot;
    }
};

PieceCache::PieceCache(std::size_t maxEntries)
    : m_shards(new Shard[kShardCount]) {
    const std::size_t perShard = std::max<std::size_t>(16, maxEntries / kShardCount);
    std::size_t capacity = 32;
    while (capacity < perShard * 2)
        capacity *= 2;
    for (std::size_t i = 0; i < kShardCount; ++i) {
        m_shards[i].maxEntries = perShard;
        m_shards[i].mask = capacity - 1;
        m_shards[i].slots.assign(capacity, 0u);
    }
}

PieceCache::~PieceCache() = default;

bool PieceCache::lookup(std::string_view piece, std::uint64_t hash, std::vector<std::int32_t>& out) {
    Shard& shard = m_shards[hash % kShardCount];
    std::lock_guard<std::mutex> lock(shard.mutex);
    const std::uint32_t index = shard.slots[shard.probe(piece, hash)];
    if (index == 0)
        return false;
    const Shard::Entry& entry = shard.entries[index - 1];
    const std::int32_t* first = shard.ids.data() + entry.idBegin;
    out.insert(out.end(), first, first + entry.idCount);
    return true;
}

void PieceCache::insert(std::string_view piece, std::uint64_t hash, const std::int32_t* ids, std::size_t count) {
    if (piece.size() > kMaxPieceBytes)
        return;
    Shard& shard = m_shards[hash % kShardCount];
    std::lock_guard<std::mutex> lock(shard.mutex);
    if (shard.entries.size() >= shard.maxEntries)
        shard.clear();
    const std::size_t slot = shard.probe(piece, hash);
    if (shard.slots[slot] != 0)
        return; // another thread cached it first
    shard.entries.push_back(
        Shard::Entry{hash, static_cast<std::uint32_t>(shard.keys.size()), static_cast<std::uint32_t>(piece.size()),
                     static_cast<std::uint32_t>(shard.ids.size()), static_cast<std::uint32_t>(count)});
    shard.keys.append(piece);
    shard.ids.insert(shard.ids.end(), ids, ids + count);
    shard.slots[slot] = static_cast<std::uint32_t>(shard.entries.size());
}

} // namespace litetune
