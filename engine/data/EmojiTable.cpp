// EmojiTable: name and glyph lookups over the generated table (see EmojiTable.h).
#include "data/EmojiTable.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace litetune {

namespace {

std::string withoutVariationSelectors(std::string_view glyph) {
    static constexpr std::string_view kFe0f = "\xEF\xB8\x8F";
    std::string out;
    for (std::size_t i = 0; i < glyph.size();) {
        if (glyph.substr(i, kFe0f.size()) == kFe0f) {
            i += kFe0f.size();
            continue;
        }
        out += glyph[i++];
    }
    return out;
}

bool isCurlyQuote(std::string_view text, std::size_t i) {
    return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
           static_cast<unsigned char>(text[i + 1]) == 0x80 &&
           (static_cast<unsigned char>(text[i + 2]) == 0x98 || static_cast<unsigned char>(text[i + 2]) == 0x99 ||
            static_cast<unsigned char>(text[i + 2]) == 0x9C || static_cast<unsigned char>(text[i + 2]) == 0x9D);
}

} // namespace

std::string EmojiTable::normalizeName(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        char next = 0;
        if (c >= 0x80) {
            if (isCurlyQuote(name, i)) {
                i += 2;
                continue;
            }
            next = static_cast<char>(c);
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            next = static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            next = static_cast<char>(c - 'A' + 'a');
        } else if (c == ' ' || c == '-' || c == ':' || c == '_') {
            next = '_';
        } else {
            continue;
        }
        if (next == '_' && (out.empty() || out.back() == '_'))
            continue; // collapses runs and trims the front
        out += next;
    }
    if (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

std::string EmojiTable::glyphForName(std::string_view name) {
    const std::string key = normalizeName(name);
    if (key.empty())
        return {};
    const Entry* end = kEntries + kEntryCount;
    const Entry* it = std::lower_bound(kEntries, end, key, [](const Entry& entry, const std::string& k) {
        return std::strcmp(entry.name, k.c_str()) < 0;
    });
    if (it != end && key == it->name)
        return it->glyph;
    return {};
}

std::string EmojiTable::qualifiedGlyph(std::string_view glyph) {
    // Built once (thread-safe static initialisation): unqualified form → fully-qualified glyph.
    static const std::unordered_map<std::string, std::string> byBareGlyph = [] {
        std::unordered_map<std::string, std::string> map;
        for (std::size_t i = 0; i < kEntryCount; ++i)
            map.emplace(withoutVariationSelectors(kEntries[i].glyph), kEntries[i].glyph);
        return map;
    }();
    if (glyph.empty())
        return {};
    const auto it = byBareGlyph.find(withoutVariationSelectors(glyph));
    return it == byBareGlyph.end() ? std::string() : it->second;
}

std::string EmojiTable::glyphForLabel(std::string_view label) {
    const std::string asGlyph = qualifiedGlyph(label);
    if (!asGlyph.empty())
        return asGlyph;
    return glyphForName(label);
}

} // namespace litetune
