// CausalLmBlocks: raw-text documents as a causal LM trains on them, the way transformers'
// run_clm.py groups texts: every document tokenized, followed by <|endoftext|> so that no block
// hides where one document ends, all concatenated in split order and cut into blocks of exactly
// `blockSize` tokens. The last, shorter remainder is dropped, as run_clm does, unless the split holds
// less than one block (then that one shorter block is kept). Labels are -1: the tokens are the targets.
#pragma once

#include "api/Dataset.h"
#include "api/Tokenizer.h"
#include "train/EncodedSplit.h"

#include <cstdint>

namespace litetune {

// `limit` > 0 keeps only the first `limit` blocks (--limit-train/--limit-eval).
EncodedSplit packCausalLmBlocks(const Split& split, const Tokenizer& tokenizer, std::int64_t blockSize,
                                std::int64_t limit = 0);

// The blocks as JSON Lines, {"ids": [...]} per block (the `tokenize` verb's output form): what the
// eval verb's --out keeps, so any other tool can score exactly the tokens LiteTune scored.
std::string blocksJsonLines(const EncodedSplit& blocks);

} // namespace litetune
