// EmojiTable: display glyphs for label names — CLDR-style names ("red_heart",
// "face_with_tears_of_joy"), TweetEval's spellings ("_smiling_face_with_hearteyes_",
// "United_States") and labels that already are emoji ("❤" → "❤️", fully qualified). The table
// (EmojiTableData.cpp) is generated from Unicode's emoji-test.txt by
// tools/emoji/generate_emoji_table.py; normalizeName here must stay identical to the script's.
// Deliberately no fuzzy matching: an unknown name has no glyph rather than a wrong one.
// Reference: Unicode UTS #51 (emoji-test.txt, fully-qualified emoji).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace litetune {

class EmojiTable {
public:
    // Lower case; space, '-' and ':' → '_'; other ASCII punctuation and curly quotes dropped;
    // '_' runs collapsed and trimmed.
    static std::string normalizeName(std::string_view name);
    // The fully-qualified glyph for a name, or "" when unknown.
    static std::string glyphForName(std::string_view name);
    // The fully-qualified form of an emoji given with or without U+FE0F, or "" when not an emoji.
    static std::string qualifiedGlyph(std::string_view glyph);
    // A label's glyph: the label itself when it is an emoji, else its name's glyph, else "".
    static std::string glyphForLabel(std::string_view label);

    struct Entry {
        const char* name;
        const char* glyph;
    };

private:
    static const Entry kEntries[];
    static const std::size_t kEntryCount;
};

} // namespace litetune
