// DemoDataset: the built-in dataset "demo" — "which language is this fortune in?". Texts come
// from Debian's fortunes packages (/usr/share/games/fortunes, entries separated by lines holding a
// single '%'); the label is the language of the package the file belongs to, shown with a flag
// (Esperanto: a green heart). 11 languages, in label order: english (the top-level files of
// fortunes and fortunes-min, an explicit list: the top level also holds other languages' files),
// german (de/), spanish (es/*.fortunes), italian (it/), portuguese (brasil), polish (pl/),
// russian (ru/), czech (cs/), bulgarian (bg/), esperanto (eo/), irish (ga/). Folders are read in
// sorted file-name order, regular files only (no .dat, .u8 or symlinks). Chinese is left out: its
// files carry terminal escape sequences.
//
// Deterministic everywhere the same packages are installed: whitespace is collapsed; entries that
// are empty, not valid UTF-8, over 400 bytes or found under two languages are dropped; each
// language keeps at most kPerClass texts, those with the smallest content hash (not the first ones
// in a file, which are often alphabetical by author), in file order. Always split stratified with
// the options' fractions and seed. Deliberately no bundled copy of the texts: a missing package
// is an error naming it.
//
// corpus(): the demo's pretraining corpus (causal LM) — the texts of the same 11 languages that
// the classification set does NOT hold, so that a model pretrained on it never sees a text it is
// later asked to classify. Per language, in content-hash order, the texts that are not in the
// classification set (same rules, but up to kMaxCorpusBytes) up to kCorpusPerClass of them; every
// 20th of them goes to split "validation", the rest to "train" (both in that order, languages one
// after another). Examples carry label -1 and their line; the dataset has no labels.
// Reference: docs/data.md.
#pragma once

#include "api/Dataset.h"

#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

class DemoDataset {
public:
    static constexpr std::size_t kPerClass = 150;
    static constexpr std::size_t kMaxBytes = 400;
    static constexpr std::size_t kCorpusPerClass = 1500;
    static constexpr std::size_t kMaxCorpusBytes = 1000;
    static constexpr std::size_t kCorpusValidationEvery = 20;

    // `fortunesDir` empty: $LITETUNE_FORTUNES_DIR, else /usr/share/games/fortunes.
    static Dataset load(const DatasetOptions& options, const std::filesystem::path& fortunesDir = {});
    static Dataset corpus(const std::filesystem::path& fortunesDir = {});

    // The English sources: top-level files of the fortunes dir, in reading order.
    static std::vector<std::string> englishFiles();
};

} // namespace litetune
