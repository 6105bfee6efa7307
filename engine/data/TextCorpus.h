// TextCorpus: raw text for causal-LM training (api/Dataset.h loadTextCorpus) — a .txt file with one
// document per non-empty line, a folder whose .txt files are one document each, or the built-in
// "demo-text" (DemoDataset::corpus). Bounded before anything is read: a file over
// kMaxCorpusFileBytes, a folder with more than kMaxCorpusFiles .txt files or more than
// kMaxCorpusBytes in all is refused, as is text that is not UTF-8 (naming the file and line).
// Held-out documents: a seeded choice of round(n × validationFraction) documents (at least one when
// there are two or more) form "validation", the rest "train", both in file order; the eval verb
// keeps everything as "test". The demo corpus brings its own fixed split.
#pragma once

#include "api/Dataset.h"

#include <cstdint>

namespace litetune {

inline constexpr std::uintmax_t kMaxCorpusFileBytes = std::uintmax_t(512) << 20;
inline constexpr std::uintmax_t kMaxCorpusBytes = std::uintmax_t(1) << 30;
inline constexpr std::size_t kMaxCorpusFiles = 100000;

} // namespace litetune
