// DemoDataset: the built-in dataset "demo" — quotes → emoji. Quotes come from Debian's fortunes
// packages (/usr/share/games/fortunes, entries separated by lines holding a single '%'); the
// label is the fortune file's topic, shown with an emoji. Deterministic everywhere the same
// fortunes files are installed: whitespace is collapsed, quotes over 400 bytes or found in two
// topics are dropped, and each topic keeps at most 150 quotes, those with the smallest content
// hash (not the first ones in the file, which are often alphabetical by author). Always split
// stratified with the options' fractions and seed. Deliberately no bundled copy of the quotes:
// a missing package is an error naming it. Reference: docs/data.md.
#pragma once

#include "api/Dataset.h"

#include <filesystem>

namespace litetune {

class DemoDataset {
public:
    static constexpr std::size_t kPerTopic = 150;
    static constexpr std::size_t kMaxBytes = 400;

    // `fortunesDir` empty: $LITETUNE_FORTUNES_DIR, else /usr/share/games/fortunes.
    static Dataset load(const DatasetOptions& options, const std::filesystem::path& fortunesDir = {});
};

} // namespace litetune
