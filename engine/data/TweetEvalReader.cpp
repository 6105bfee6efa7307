// TweetEvalReader: TweetEval task folders (see TweetEvalReader.h).
#include "data/TweetEvalReader.h"

#include "data/EmojiTable.h"
#include "data/LabelCatalog.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <algorithm>
#include <map>

namespace litetune {

namespace {

struct SplitFiles {
    const char* prefix;
    const char* name;
};
const SplitFiles kSplits[] = {{"train", "train"}, {"val", "validation"}, {"test", "test"}};

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    const std::string_view body = TextEncoding::withoutBom(text);
    while (pos < body.size()) {
        const std::size_t end = std::min(body.find('\n', pos), body.size());
        std::string line(body.substr(pos, end - pos));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        pos = end + 1;
    }
    return lines;
}

std::string trimmed(const std::string& text, const char* characters = " \t\r") {
    const auto first = text.find_first_not_of(characters);
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(characters) - first + 1);
}

bool parseId(const std::string& text, long long& value) {
    if (text.empty() || text.size() > 9 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    value = std::stoll(text);
    return true;
}

// mapping.txt → labels in id order, and id → label index.
LabelCatalog readMapping(const DataSource& source, std::map<long long, int>& indexOfId) {
    const std::string file = source.displayName("mapping.txt");
    std::vector<std::pair<long long, LabelInfo>> entries;
    std::int64_t lineNumber = 0;
    for (const std::string& line : linesOf(source.read("mapping.txt"))) {
        ++lineNumber;
        if (trimmed(line).empty())
            continue;
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            fields.push_back(trimmed(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        while (!fields.empty() && fields.back().empty())
            fields.pop_back();
        long long id = 0;
        if (fields.size() < 2 || fields.size() > 3 || !parseId(fields[0], id))
            throwBadInput(file + ":" + std::to_string(lineNumber) +
                          ": expected \"id<TAB>emoji<TAB>name\" or \"id<TAB>name\", found \"" + line + "\"");
        LabelInfo label;
        label.name = trimmed(fields.back(), "_ ");
        if (fields.size() == 3) {
            label.glyph = EmojiTable::qualifiedGlyph(fields[1]);
            if (label.glyph.empty())
                label.glyph = fields[1];
        }
        if (label.name.empty() || !TextEncoding::isValidUtf8(label.name) || !TextEncoding::isValidUtf8(label.glyph))
            throwBadInput(file + ":" + std::to_string(lineNumber) + ": the label name is empty or not UTF-8");
        for (const auto& [otherId, other] : entries)
            if (otherId == id || other.name == label.name)
                throwBadInput(file + ":" + std::to_string(lineNumber) + ": id " + std::to_string(id) + " or name \"" +
                              label.name + "\" occurs twice");
        entries.emplace_back(id, label);
    }
    if (entries.empty())
        throwBadInput(file + " lists no labels");
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<LabelInfo> labels;
    for (const auto& [id, label] : entries) {
        indexOfId[id] = static_cast<int>(labels.size());
        labels.push_back(label);
    }
    return LabelCatalog::fromList(std::move(labels));
}

} // namespace

bool TweetEvalReader::matches(const std::vector<std::string>& names) {
    for (const SplitFiles& split : kSplits) {
        const std::string prefix = split.prefix;
        const bool text = std::find(names.begin(), names.end(), prefix + "_text.txt") != names.end();
        const bool labels = std::find(names.begin(), names.end(), prefix + "_labels.txt") != names.end();
        if (text || labels)
            return true;
    }
    return false;
}

void TweetEvalReader::read(const DataSource& source, Dataset& dataset, BadRowLog& log) {
    struct Loaded {
        const SplitFiles* split;
        std::vector<std::string> texts, labels;
    };
    std::vector<Loaded> loaded;
    for (const SplitFiles& split : kSplits) {
        const std::string textName = std::string(split.prefix) + "_text.txt";
        const std::string labelName = std::string(split.prefix) + "_labels.txt";
        if (!source.has(textName) && !source.has(labelName))
            continue;
        if (!source.has(textName) || !source.has(labelName))
            throwBadInput(source.description() + " has " + (source.has(textName) ? textName : labelName) + " but no " +
                          (source.has(textName) ? labelName : textName) + "; TweetEval splits need both");
        Loaded item{&split, linesOf(source.read(textName)), linesOf(source.read(labelName))};
        if (item.texts.size() != item.labels.size())
            throwBadInput(source.displayName(textName) + " has " + std::to_string(item.texts.size()) + " lines but " +
                          labelName + " has " + std::to_string(item.labels.size()) + "; they must match line for line");
        loaded.push_back(std::move(item));
    }

    std::map<long long, int> indexOfId;
    LabelCatalog catalog;
    const bool haveMapping = source.has("mapping.txt");
    if (haveMapping) {
        catalog = readMapping(source, indexOfId);
    } else {
        std::map<std::string, std::int64_t> counts; // integer labels of train (or of all splits)
        const bool haveTrain = loaded.front().split->name == std::string("train");
        for (const Loaded& item : loaded)
            if (!haveTrain || &item == &loaded.front())
                for (const std::string& label : item.labels) {
                    long long id = 0;
                    if (parseId(trimmed(label), id))
                        ++counts[std::to_string(id)];
                }
        catalog = LabelCatalog::fromCounts(counts);
        for (std::size_t i = 0; i < catalog.labels().size(); ++i)
            indexOfId[std::stoll(catalog.labels()[i].name)] = static_cast<int>(i);
    }

    dataset.textColumn = "text";
    dataset.labelColumn = "label";
    dataset.labels = catalog.labels();
    for (const Loaded& item : loaded) {
        const std::string textFile = source.displayName(std::string(item.split->prefix) + "_text.txt");
        const std::string labelFile = source.displayName(std::string(item.split->prefix) + "_labels.txt");
        Split split{item.split->name, {}};
        for (std::size_t i = 0; i < item.texts.size(); ++i) {
            const auto line = static_cast<std::int64_t>(i + 1);
            Example example{{}, -1, line};
            example.text = item.texts[i].substr(0, item.texts[i].find_last_not_of(" \t\r") + 1);
            long long id = 0;
            const std::string label = trimmed(item.labels[i]);
            if (!TextEncoding::isValidUtf8(item.texts[i]))
                log.add(textFile, line, "invalid UTF-8");
            else if (example.text.empty())
                log.add(textFile, line, "empty text");
            else if (!parseId(label, id))
                log.add(labelFile, line, "label \"" + label + "\" is not a non-negative integer");
            else if (!indexOfId.count(id))
                log.add(labelFile, line,
                        "label " + label + (haveMapping ? " is not an id in mapping.txt" : " does not occur in train"));
            else {
                example.label = indexOfId[id];
                split.examples.push_back(std::move(example));
            }
        }
        dataset.splits.push_back(std::move(split));
    }
}

} // namespace litetune
