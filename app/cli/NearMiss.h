// NearMiss: the "did you mean" of an unknown verb or option — the known name closest to what was
// typed, when it is close enough to be a typo or a cut-off word (--epoch for --epochs).
#pragma once

#include <string>
#include <vector>

namespace litetune::cli {

// The candidate within edit distance 2 of `typed` (1 for words of four letters or fewer), or that
// `typed` begins; the closest wins, the first of equals. Empty when none is close.
std::string nearestName(const std::string& typed, const std::vector<std::string>& candidates);

// " (did you mean PREFIX+name?)" or "" when no candidate is close.
std::string didYouMean(const std::string& typed, const std::vector<std::string>& candidates,
                       const std::string& prefix = "");

} // namespace litetune::cli
