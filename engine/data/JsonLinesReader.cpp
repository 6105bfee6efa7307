// JsonLinesReader: one JSON object per line, bounded per line and per nesting depth (see
// JsonLinesReader.h).
#include "data/JsonLinesReader.h"

#include "data/LoadMeter.h"
#include "data/TextEncoding.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace litetune {

namespace {

constexpr int kMaxDepth = 64; // real rows are flat; this keeps hostile nesting away from the parser

bool isBlank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool nestedTooDeep(std::string_view line) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

// The field text of one JSON value, or a problem description.
std::string fieldOf(const nlohmann::ordered_json& value, std::string& problem, const ReadLimits& limits) {
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::string: {
        const auto& text = value.get_ref<const std::string&>();
        if (text.size() > limits.maxFieldBytes)
            problem = "a string longer than " + std::to_string(limits.maxFieldBytes >> 10) + " KiB";
        return text;
    }
    case nlohmann::ordered_json::value_t::number_integer:
        return std::to_string(value.get<std::int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned:
        return std::to_string(value.get<std::uint64_t>());
    case nlohmann::ordered_json::value_t::number_float:
        problem = "a number with a fraction, expected a string or an integer";
        return {};
    case nlohmann::ordered_json::value_t::boolean:
        problem = "a boolean, expected a string or an integer";
        return {};
    case nlohmann::ordered_json::value_t::null:
        problem = "null, expected a string or an integer";
        return {};
    default:
        problem = "an object or array, expected a string or an integer";
        return {};
    }
}

} // namespace

bool JsonLinesReader::looksLikeJsonLines(std::string_view text) {
    text = TextEncoding::withoutBom(text);
    const auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{';
}

RawTable JsonLinesReader::parse(std::string_view text, const std::string& file, const ReadLimits& limits,
                                LoadMeter* meter) {
    RawTable table;
    table.file = file;
    text = TextEncoding::withoutBom(text);
    std::map<std::string, std::size_t> columnIndex;
    const std::uint64_t maxLineBytes = 4 * limits.maxFieldBytes;
    std::int64_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (meter)
            meter->parsed(pos, static_cast<std::int64_t>(table.records.size()));
        if (isBlank(line))
            continue;
        RawRecord record;
        record.line = lineNumber;
        if (line.size() > maxLineBytes) {
            record.problem = "a line longer than " + std::to_string(maxLineBytes >> 10) + " KiB";
        } else if (!TextEncoding::isValidUtf8(line)) {
            record.problem = "invalid UTF-8";
        } else if (nestedTooDeep(line)) {
            record.problem = "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels";
        } else {
            const auto value = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
            if (value.is_discarded()) {
                record.problem = "invalid JSON";
            } else if (!value.is_object()) {
                record.problem = "not a JSON object";
            } else {
                for (const auto& [key, item] : value.items()) {
                    auto [it, added] = columnIndex.emplace(key, table.columns.size());
                    if (added)
                        table.columns.push_back(key);
                    const std::size_t column = it->second;
                    if (record.fields.size() <= column) {
                        record.fields.resize(column + 1);
                        record.fieldProblems.resize(column + 1, "missing");
                    }
                    std::string problem;
                    record.fields[column] = fieldOf(item, problem, limits);
                    record.fieldProblems[column] = problem;
                }
            }
        }
        table.records.push_back(std::move(record));
    }
    // Keys first seen on later lines are missing from earlier records.
    for (RawRecord& record : table.records) {
        if (!record.problem.empty())
            continue;
        record.fields.resize(table.columns.size());
        record.fieldProblems.resize(table.columns.size(), "missing");
    }
    return table;
}

} // namespace litetune
