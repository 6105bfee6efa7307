// TokenBatch: one padded batch as the model takes it — input ids (B, T) right-padded to the
// longest row with the pad id (pad = eos, as the reference experiment sets it), each row's real
// length (B) so the model pools at its last real token, and labels (B). No attention mask: with
// right padding and causal attention, pad positions never reach real ones
// (docs/architecture.md "Padding and attention").
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace litetune {

struct TokenBatch {
    torch::Tensor inputIds;            // (B, T) int64
    torch::Tensor lengths;             // (B) int64, >= 1
    torch::Tensor labels;              // (B) int64; -100 where unknown (ignored by the loss)
    std::vector<std::int64_t> indices; // rows of the split, in batch order
    std::int64_t realTokens = 0;

    std::int64_t size() const { return static_cast<std::int64_t>(indices.size()); }
};

// Gathers `indices` of a tokenized split. An empty text becomes the single token `padId`
// (a row needs one position to be read at).
TokenBatch collateBatch(const std::vector<std::vector<std::int32_t>>& tokens, const std::vector<int>& labels,
                        const std::vector<std::int64_t>& indices, std::int64_t padId, const torch::Device& device);

} // namespace litetune
