// ColumnDetector: text and label columns by name (see ColumnDetector.h).
#include "data/ColumnDetector.h"

#include "util/Error.h"

#include <algorithm>
#include <cctype>

namespace litetune {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + (name.empty() ? std::string("(unnamed)") : name);
    return out.empty() ? "(none)" : out;
}

int findColumn(const std::vector<std::string>& columns, const std::string& role, const std::string& given,
               const std::vector<std::string>& known, const std::string& file) {
    std::vector<int> matches;
    if (!given.empty()) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == given)
                matches.push_back(static_cast<int>(i));
        if (matches.empty())
            for (std::size_t i = 0; i < columns.size(); ++i)
                if (lower(columns[i]) == lower(given))
                    matches.push_back(static_cast<int>(i));
        if (matches.size() == 1)
            return matches.front();
        throwBadInput(file + ": " + (matches.empty() ? "no" : "more than one") + " " + role + " column named \"" +
                      given + "\"; the columns are: " + joined(columns));
    }
    std::vector<std::string> found;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (std::find(known.begin(), known.end(), lower(columns[i])) != known.end()) {
            matches.push_back(static_cast<int>(i));
            found.push_back(columns[i]);
        }
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        throwBadInput(file + ": no " + role + " column (looked for " + joined(known) +
                      "); the columns are: " + joined(columns) + "; name the " + role + " column explicitly");
    throwBadInput(file + ": the " + role + " column is ambiguous (" + joined(found) +
                  "); the columns are: " + joined(columns) + "; name the " + role + " column explicitly");
}

} // namespace

ColumnChoice ColumnDetector::choose(const std::vector<std::string>& columns, const std::string& textColumn,
                                    const std::string& labelColumn, const std::string& file) {
    ColumnChoice choice;
    choice.text = findColumn(columns, "text", textColumn, {"tweet", "text", "sentence"}, file);
    choice.label = findColumn(columns, "label", labelColumn, {"emoji", "label", "labels"}, file);
    if (choice.text == choice.label)
        throwBadInput(file + ": the text and label columns are the same column (\"" + columns[choice.text] +
                      "\"); the columns are: " + joined(columns));
    return choice;
}

} // namespace litetune
