// PieceCache: a bounded, thread-safe memo of piece bytes -> token ids for pieces that BPE
// splits into several tokens. Sharded by hash, one mutex per shard, so concurrent encode
// calls rarely contend; a full shard is simply emptied (no LRU bookkeeping on the hot path).
// Deliberately no single-token pieces (PieceTable answers those without a lock).
// Reference: the `cache` dict of openai/gpt-2 src/encoder.py, made bounded and shared.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace litetune {

class PieceCache {
public:
    // Pieces longer than this are not cached (their BPE is rare and bounded anyway).
    static constexpr std::size_t kMaxPieceBytes = 256;

    explicit PieceCache(std::size_t maxEntries = 1 << 16);
    ~PieceCache();
    PieceCache(const PieceCache&) = delete;
    PieceCache& operator=(const PieceCache&) = delete;

    // Appends the cached ids of `piece` (hash = hashBytes(piece)) to `out`; false when absent.
    bool lookup(std::string_view piece, std::uint64_t hash, std::vector<std::int32_t>& out);
    void insert(std::string_view piece, std::uint64_t hash, const std::int32_t* ids, std::size_t count);

private:
    struct Shard;
    std::unique_ptr<Shard[]> m_shards;
};

} // namespace litetune
