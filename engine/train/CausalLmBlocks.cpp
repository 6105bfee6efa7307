// CausalLmBlocks: see the header.
#include "train/CausalLmBlocks.h"

#include "util/Error.h"

namespace litetune {

EncodedSplit packCausalLmBlocks(const Split& split, const Tokenizer& tokenizer, std::int64_t blockSize,
                                std::int64_t limit) {
    if (blockSize < 2)
        throwBadInput("--max-length is the causal-LM block size and must be at least 2, got " +
                      std::to_string(blockSize));
    std::vector<std::int32_t> stream;
    for (const Example& document : split.examples) {
        const std::vector<std::int32_t> ids = tokenizer.encode(document.text);
        stream.insert(stream.end(), ids.begin(), ids.end());
        stream.push_back(tokenizer.endOfTextId());
    }
    EncodedSplit out;
    out.name = split.name;
    const auto size = static_cast<std::size_t>(blockSize);
    const std::size_t blocks = stream.size() >= size ? stream.size() / size : (stream.size() >= 2 ? 1 : 0);
    for (std::size_t b = 0; b < blocks; ++b) {
        if (limit > 0 && out.size() >= limit)
            break;
        const auto first = stream.begin() + static_cast<std::ptrdiff_t>(b * size);
        const auto last = stream.begin() + static_cast<std::ptrdiff_t>(std::min(stream.size(), (b + 1) * size));
        out.tokens.emplace_back(first, last);
        out.labels.push_back(-1);
        out.lengths.push_back(static_cast<std::int64_t>(out.tokens.back().size()));
    }
    return out;
}

std::string blocksJsonLines(const EncodedSplit& blocks) {
    std::string out;
    for (const auto& block : blocks.tokens) {
        out += "{\"ids\": [";
        for (std::size_t i = 0; i < block.size(); ++i)
            out += (i ? ", " : "") + std::to_string(block[i]);
        out += "]}\n";
    }
    return out;
}

} // namespace litetune
