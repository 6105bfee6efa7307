// BpeMerger: byte-pair encoding of one piece. Starts from one token per byte and repeatedly
// merges the adjacent pair with the lowest rank (the leftmost of equal ranks) until no pair has
// a rule. Short pieces scan a small array (no allocation); long ones use a heap over a linked
// list, so a 100 kB "word" costs O(n log n), not O(n^2). Both give identical results.
// Deliberately no caching (PieceCache) and no pre-tokenisation (PreTokenizer).
// Reference: openai/gpt-2 src/encoder.py bpe(); tiktoken src/lib.rs byte_pair_merge;
// Sennrich et al. 2016, "Neural Machine Translation of Rare Words with Subword Units".
#pragma once

#include "tokenizer/MergeTable.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace litetune {

class BpeMerger {
public:
    enum class Strategy { Automatic, Scan, Heap };
    // Pieces up to this many bytes take the scan.
    static constexpr std::size_t kScanLimit = 128;

    // Keeps references: both must outlive the merger.
    BpeMerger(const MergeTable& merges, const std::array<std::int32_t, 256>& byteIds);

    // Appends the ids of `piece` (non-empty) to `out`.
    void encode(std::string_view piece, std::vector<std::int32_t>& out, Strategy strategy = Strategy::Automatic) const;

private:
    void encodeByScan(std::string_view piece, std::vector<std::int32_t>& out) const;
    void encodeByHeap(std::string_view piece, std::vector<std::int32_t>& out) const;

    const MergeTable* m_merges;
    const std::array<std::int32_t, 256>* m_byteIds;
};

} // namespace litetune
