// LabelCatalog: stable label order and glyphs (see LabelCatalog.h for the rule).
#include "data/LabelCatalog.h"

#include "data/EmojiTable.h"

#include <algorithm>

namespace litetune {

namespace {

// A canonical decimal integer ("0", "17", "-3"; not "07", "+1" or "1.0"), at most 18 digits.
bool parseInteger(const std::string& text, long long& value) {
    std::size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
    const std::size_t digits = text.size() - i;
    if (digits == 0 || digits > 18 || (text[i] == '0' && digits > 1))
        return false;
    value = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    if (text[0] == '-')
        value = -value;
    return true;
}

} // namespace

LabelCatalog LabelCatalog::fromCounts(const std::map<std::string, std::int64_t>& counts) {
    std::vector<std::pair<std::string, std::int64_t>> entries(counts.begin(), counts.end());
    std::vector<std::pair<long long, std::string>> numeric;
    for (const auto& [name, count] : entries) {
        long long value = 0;
        if (!parseInteger(name, value))
            break;
        numeric.emplace_back(value, name);
    }
    LabelCatalog catalog;
    if (!entries.empty() && numeric.size() == entries.size()) {
        std::sort(numeric.begin(), numeric.end());
        for (const auto& item : numeric)
            catalog.m_labels.push_back({item.second, EmojiTable::glyphForLabel(item.second)});
    } else {
        // std::map iterates by name, and stable_sort keeps that order among equal counts.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& item : entries)
            catalog.m_labels.push_back({item.first, EmojiTable::glyphForLabel(item.first)});
    }
    catalog.index();
    return catalog;
}

LabelCatalog LabelCatalog::fromList(std::vector<LabelInfo> labels) {
    LabelCatalog catalog;
    catalog.m_labels = std::move(labels);
    for (LabelInfo& label : catalog.m_labels)
        if (label.glyph.empty())
            label.glyph = EmojiTable::glyphForLabel(label.name);
    catalog.index();
    return catalog;
}

int LabelCatalog::indexOf(const std::string& name) const {
    const auto it = m_index.find(name);
    return it == m_index.end() ? -1 : it->second;
}

void LabelCatalog::index() {
    m_index.clear();
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_index.emplace(m_labels[i].name, static_cast<int>(i));
}

} // namespace litetune
