// BpeMerger: lowest-rank-first pair merging, by array scan (short pieces) or heap (long ones).
// Reference: openai/gpt-2 src/encoder.py bpe(); tiktoken src/lib.rs byte_pair_merge.
#include "tokenizer/BpeMerger.h"

#include <algorithm>
#include <cstring>
#include <queue>

namespace litetune {

BpeMerger::BpeMerger(const MergeTable& merges, const std::array<std::int32_t, 256>& byteIds)
    : m_merges(&merges)
    , m_byteIds(&byteIds) {}

void BpeMerger::encode(std::string_view piece, std::vector<std::int32_t>& out, Strategy strategy) const {
    if (strategy == Strategy::Heap || (strategy == Strategy::Automatic && piece.size() > kScanLimit))
        encodeByHeap(piece, out);
    else
        encodeByScan(piece, out);
}

void BpeMerger::encodeByScan(std::string_view piece, std::vector<std::int32_t>& out) const {
    if (piece.size() > kScanLimit) {
        encodeByHeap(piece, out);
        return;
    }
    // ranks[i] (and mergedIds[i]) belong to the pair (symbols[i], symbols[i + 1]); the last is kNoRank.
    std::int32_t symbols[kScanLimit];
    std::uint32_t ranks[kScanLimit];
    std::int32_t mergedIds[kScanLimit];
    std::size_t count = piece.size();
    for (std::size_t i = 0; i < count; ++i)
        symbols[i] = (*m_byteIds)[static_cast<unsigned char>(piece[i])];
    for (std::size_t i = 0; i + 1 < count; ++i)
        ranks[i] = m_merges->find(symbols[i], symbols[i + 1], mergedIds[i]);
    ranks[count - 1] = MergeTable::kNoRank;

    while (count > 1) {
        std::uint32_t best = MergeTable::kNoRank;
        std::size_t at = 0;
        for (std::size_t i = 0; i + 1 < count; ++i)
            if (ranks[i] < best) {
                best = ranks[i];
                at = i;
            }
        if (best == MergeTable::kNoRank)
            break;
        symbols[at] = mergedIds[at];
        // Drop element at + 1; the trailing kNoRank moves down with the rest.
        const std::size_t tail = count - at - 2;
        std::memmove(symbols + at + 1, symbols + at + 2, tail * sizeof(symbols[0]));
        std::memmove(ranks + at + 1, ranks + at + 2, tail * sizeof(ranks[0]));
        std::memmove(mergedIds + at + 1, mergedIds + at + 2, tail * sizeof(mergedIds[0]));
        --count;
        ranks[count - 1] = MergeTable::kNoRank;
        if (at > 0)
            ranks[at - 1] = m_merges->find(symbols[at - 1], symbols[at], mergedIds[at - 1]);
        if (at + 1 < count)
            ranks[at] = m_merges->find(symbols[at], symbols[at + 1], mergedIds[at]);
    }
    out.insert(out.end(), symbols, symbols + count);
}

void BpeMerger::encodeByHeap(std::string_view piece, std::vector<std::int32_t>& out) const {
    // A doubly linked list of symbols indexed by their first byte's position; a merged pair
    // lives on in its left node. Heap entries go stale when either node changed; they are then
    // skipped, as checking the two symbols is enough to tell a live pair.
    struct Candidate {
        std::uint32_t rank;
        std::int32_t left;
        std::int32_t leftSymbol;
        std::int32_t rightSymbol;
        std::int32_t merged;
        bool operator>(const Candidate& other) const {
            return rank != other.rank ? rank > other.rank : left > other.left;
        }
    };
    const auto count = static_cast<std::int32_t>(piece.size());
    std::vector<std::int32_t> symbols(piece.size()), previous(piece.size()), next(piece.size());
    for (std::int32_t i = 0; i < count; ++i) {
        symbols[i] = (*m_byteIds)[static_cast<unsigned char>(piece[i])];
        previous[i] = i - 1;
        next[i] = i + 1 < count ? i + 1 : -1;
    }
    std::vector<Candidate> storage;
    storage.reserve(piece.size());
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap(std::greater<Candidate>(),
                                                                                         std::move(storage));
    auto consider = [&](std::int32_t left) {
        const std::int32_t right = next[left];
        std::int32_t merged = -1;
        const std::uint32_t rank = m_merges->find(symbols[left], symbols[right], merged);
        if (rank != MergeTable::kNoRank)
            heap.push(Candidate{rank, left, symbols[left], symbols[right], merged});
    };
    for (std::int32_t i = 0; i + 1 < count; ++i)
        consider(i);

    while (!heap.empty()) {
        const Candidate candidate = heap.top();
        heap.pop();
        const std::int32_t left = candidate.left;
        const std::int32_t right = next[left];
        if (symbols[left] != candidate.leftSymbol || right < 0 || symbols[right] != candidate.rightSymbol)
            continue;
        symbols[left] = candidate.merged;
        symbols[right] = -1;
        next[left] = next[right];
        if (next[right] >= 0)
            previous[next[right]] = left;
        if (previous[left] >= 0)
            consider(previous[left]);
        if (next[left] >= 0)
            consider(left);
    }
    for (std::int32_t i = 0; i >= 0; i = next[i])
        out.push_back(symbols[i]);
}

} // namespace litetune
