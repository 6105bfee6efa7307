// TextCleaner: the optional clean-up of a text before tokenization (`--clean-text`): drops
// default-ignorable code points (variation selectors such as U+FE0F, zero-width joiners, soft
// hyphens, tag characters), turns every run of white space into one ASCII space and trims both
// ends. Why it exists: datasets made by deleting emoji keep their invisible remnants; in TweetEval
// emoji's training split 20% of the tweets carry a U+FE0F (mostly where ❤️ or ☀️ was) against 1.6%
// in validation, so a model learns the remnant instead of the text (docs/benchmarks.md, "Real
// data"). Deliberately no Unicode normalisation, case folding or other rewriting: GPT-2 sees the
// text otherwise as written. Input must be valid UTF-8 (datasets are validated first).
// Reference: UAX #44 Default_Ignorable_Code_Point, PropList.txt White_Space.
#pragma once

#include <string>
#include <string_view>

namespace litetune {

class TextCleaner {
public:
    static std::string clean(std::string_view text);
    // Whether clean(text) != text, without building the cleaned text: true when the text holds an
    // invisible character, white space other than a single ASCII space between two kept
    // characters (a run, a tab, a line break, a no-break space), or white space at either end.
    // Cheap enough to ask of every text in a dataset (api/Dataset.h, cleaningShare).
    static bool changes(std::string_view text);
};

} // namespace litetune
