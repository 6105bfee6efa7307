// CsvReader: RFC 4180 parsing with line numbers and bounded fields (see CsvReader.h).
#include "data/CsvReader.h"

#include "data/LoadMeter.h"
#include "data/TextEncoding.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>

namespace litetune {

namespace {

bool hasSuffix(const std::string& name, const std::string& suffix) {
    if (name.size() < suffix.size())
        return false;
    std::string tail = name.substr(name.size() - suffix.size());
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    return tail == suffix;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// A cursor over the text that knows its physical line.
class Scanner {
public:
    Scanner(std::string_view text, char delimiter, const std::string& file, const ReadLimits& limits)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_file(file)
        , m_limits(limits) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    std::size_t position() const { return m_pos; }

    // Reads one record; returns false for a blank line (nothing recorded).
    bool readRecord(RawRecord& record) {
        record = RawRecord{};
        record.line = m_line;
        if (atLineEnd()) { // blank line
            skipLineEnd();
            return false;
        }
        for (;;) {
            std::string field;
            if (m_text[m_pos] == '"') {
                if (!readQuoted(field, record))
                    return true; // bad record, already skipped to the next line
            } else {
                readUnquoted(field, record.line);
            }
            record.fields.push_back(std::move(field));
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                if (atEnd() || atLineEnd()) { // a trailing delimiter ends with one empty field
                    record.fields.emplace_back();
                    skipLineEnd();
                    return true;
                }
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

private:
    bool atLineEnd() const {
        return m_pos >= m_text.size() || m_text[m_pos] == '\n' ||
               (m_text[m_pos] == '\r' && (m_pos + 1 == m_text.size() || m_text[m_pos + 1] == '\n'));
    }

    void skipLineEnd() {
        if (m_pos < m_text.size() && m_text[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
        }
    }

    void skipRestOfLine() {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n')
            ++m_pos;
        skipLineEnd();
    }

    [[noreturn]] void fieldTooLong(std::int64_t line, const char* hint) const {
        throwBadInput(m_file + ":" + std::to_string(line) + ": a field is longer than " +
                      std::to_string(m_limits.maxFieldBytes >> 10) + " KiB" + hint);
    }

    void readUnquoted(std::string& field, std::int64_t line) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !atLineEnd())
            ++m_pos;
        if (m_pos - start > m_limits.maxFieldBytes)
            fieldTooLong(line, "");
        field.assign(m_text.substr(start, m_pos - start));
    }

    // False when the record turned out bad (text after the closing quote).
    bool readQuoted(std::string& field, RawRecord& record) {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size())
                throwBadInput(m_file + ":" + std::to_string(record.line) +
                              ": a quoted field is never closed (a missing '\"'?)");
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
            if (field.size() > m_limits.maxFieldBytes)
                fieldTooLong(record.line, " (a quoted field never closed?)");
        }
        if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !atLineEnd()) {
            record.problem = "text after a closing quote (a quote inside a field must be doubled)";
            skipRestOfLine();
            return false;
        }
        return true;
    }

    std::string_view m_text;
    char m_delimiter;
    const std::string& m_file;
    const ReadLimits& m_limits;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
};

} // namespace

RawTable CsvReader::parse(std::string_view text, char delimiter, const std::string& file, const ReadLimits& limits,
                          LoadMeter* meter) {
    RawTable table;
    table.file = file;
    text = TextEncoding::withoutBom(text);
    Scanner scanner(text, delimiter, file, limits);
    RawRecord record;
    bool haveHeader = false;
    while (!scanner.atEnd()) {
        const bool read = scanner.readRecord(record);
        if (meter)
            meter->parsed(scanner.position(), static_cast<std::int64_t>(table.records.size()));
        if (!read)
            continue;
        if (!haveHeader) {
            if (!record.problem.empty())
                throwBadInput(file + ":" + std::to_string(record.line) +
                              ": the header row is malformed: " + record.problem);
            for (const std::string& name : record.fields)
                table.columns.push_back(trimmed(name));
            haveHeader = true;
            continue;
        }
        if (record.problem.empty() && record.fields.size() != table.columns.size())
            record.problem = "ragged row: " + std::to_string(record.fields.size()) + " fields, header has " +
                             std::to_string(table.columns.size());
        table.records.push_back(std::move(record));
    }
    if (!haveHeader)
        throwBadInput(file + " is empty: expected a header row naming the columns");
    return table;
}

char CsvReader::delimiterFor(const std::string& fileName, std::string_view text) {
    const std::string name = fileName;
    if (hasSuffix(name, ".csv"))
        return ',';
    if (hasSuffix(name, ".tsv") || hasSuffix(name, ".tab"))
        return '\t';
    text = TextEncoding::withoutBom(text);
    const std::string_view firstLine = text.substr(0, std::min(text.find('\n'), text.size()));
    char best = ',';
    std::size_t bestCount = 0;
    for (const char candidate : {',', '\t', ';', '|'}) {
        std::size_t count = 0;
        bool quoted = false;
        for (const char c : firstLine) {
            if (c == '"')
                quoted = !quoted;
            else if (c == candidate && !quoted)
                ++count;
        }
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace litetune
