// NearMiss: see the header.
#include "NearMiss.h"

#include <algorithm>

namespace litetune::cli {

namespace {

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string nearestName(const std::string& typed, const std::vector<std::string>& candidates) {
    const std::size_t limit = typed.size() <= 4 ? 1 : 2;
    std::string best;
    std::size_t bestDistance = limit + 1;
    for (const std::string& candidate : candidates) {
        const bool cutOff = typed.size() >= 3 && candidate.size() > typed.size() && candidate.rfind(typed, 0) == 0;
        const std::size_t distance = cutOff ? 1 : editDistance(typed, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string didYouMean(const std::string& typed, const std::vector<std::string>& candidates,
                       const std::string& prefix) {
    const std::string nearest = nearestName(typed, candidates);
    return nearest.empty() ? std::string() : " (did you mean " + prefix + nearest + "?)";
}

} // namespace litetune::cli
