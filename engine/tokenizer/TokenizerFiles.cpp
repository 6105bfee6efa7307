// TokenizerFiles: vocab.json is read with a SAX handler (no DOM of 50k entries, and it sees
// duplicate keys, which a DOM would silently merge); merges.txt line by line.
// Reference: docs/formats.md §5.4; HF tokenization_gpt2.py (save_vocabulary); openai/gpt-2 encoder.py.
#include "tokenizer/TokenizerFiles.h"

#include "tokenizer/ByteAlphabet.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <unordered_map>

namespace litetune {

namespace {

constexpr std::int64_t kMaxTokenId = (std::int64_t(1) << 24) - 1;

// A token or line for an error message: quoted, cut short when long.
std::string shown(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown)
        return "\"" + std::string(text) + "\"";
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

std::string codePointName(char32_t codePoint) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(codePoint));
    return buffer;
}

// Accepts exactly one JSON object whose values are all integers; records (key, value) pairs.
class VocabSax : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit VocabSax(std::string name)
        : m_name(std::move(name)) {}

    std::vector<std::pair<std::string, std::int64_t>> entries;
    std::string error;

    bool null() override { return wrongValue("null"); }
    bool boolean(bool) override { return wrongValue("a boolean"); }
    bool number_integer(number_integer_t value) override { return record(value); }
    bool number_unsigned(number_unsigned_t value) override {
        return record(value > static_cast<number_unsigned_t>(kMaxTokenId) ? kMaxTokenId + 1
                                                                          : static_cast<std::int64_t>(value));
    }
    bool number_float(number_float_t, const string_t& text) override { return wrongValue("the number " + text); }
    bool string(string_t&) override { return wrongValue("a string"); }
    bool binary(binary_t&) override { return wrongValue("binary data"); }
    bool start_object(std::size_t) override {
        if (m_depth == 0 && !m_done) {
            m_depth = 1;
            return true;
        }
        return wrongValue("an object");
    }
    bool key(string_t& value) override {
        m_key = value;
        return true;
    }
    bool end_object() override {
        m_depth = 0;
        m_done = true;
        return true;
    }
    bool start_array(std::size_t) override { return wrongValue("an array"); }
    bool end_array() override { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& exception) override {
        std::string what = exception.what();
        if (const auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
            what = what.substr(close + 2);
        error = m_name + " is not valid JSON: " + what;
        return false;
    }

private:
    bool record(std::int64_t value) {
        if (m_depth != 1)
            return wrongValue("a number");
        if (value < 0 || value > kMaxTokenId) {
            error = m_name + ": token " + shown(m_key) + " has id " + std::to_string(value) +
                    ", expected an integer from 0 to " + std::to_string(kMaxTokenId);
            return false;
        }
        entries.emplace_back(m_key, value);
        return true;
    }
    bool wrongValue(const std::string& found) {
        if (m_depth == 0)
            error = m_name + ": expected a JSON object mapping token strings to ids, found " + found;
        else
            error = m_name + ": token " + shown(m_key) + " maps to " + found + ", expected an integer id";
        return false;
    }

    std::string m_name;
    std::string m_key;
    int m_depth = 0;
    bool m_done = false;
};

} // namespace

std::string TokenizerFiles::readBounded(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status))
        throwBadInput("tokenizer file not found: " + path.string());
    if (!std::filesystem::is_regular_file(status))
        throwBadInput("tokenizer file " + path.string() + " is not a regular file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throwFailure("cannot read the size of " + path.string() + ": " + error.message());
    if (size > kMaxFileBytes)
        throwBadInput("tokenizer file " + path.string() + " is larger than " + std::to_string(kMaxFileBytes >> 20) +
                      " MiB; expected a GPT-2 style vocab.json or merges.txt");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput("cannot open tokenizer file " + path.string());
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || static_cast<std::uintmax_t>(in.gcount()) != size || in.peek() != std::ifstream::traits_type::eof())
        throwFailure("reading " + path.string() + " failed: it changed while it was read");
    return bytes;
}

std::vector<std::string> TokenizerFiles::parseVocab(std::string_view json, const std::string& name) {
    VocabSax sax(name);
    const bool parsed = nlohmann::json::sax_parse(json.begin(), json.end(), &sax);
    if (!parsed || !sax.error.empty())
        throwBadInput(sax.error.empty() ? name + " is not valid JSON" : sax.error);
    if (sax.entries.empty())
        throwBadInput(name + " holds no tokens; expected a JSON object mapping token strings to ids");

    std::int64_t maxId = 0;
    for (const auto& entry : sax.entries)
        maxId = std::max(maxId, entry.second);
    const auto count = static_cast<std::int64_t>(sax.entries.size());
    if (maxId >= 2 * count + 256)
        throwBadInput(name + ": the largest id is " + std::to_string(maxId) + " but there are only " +
                      std::to_string(count) + " tokens; expected ids below " + std::to_string(2 * count + 256));

    std::vector<std::string> tokens(static_cast<std::size_t>(maxId + 1));
    std::vector<const std::string*> keyOf(tokens.size(), nullptr);
    std::unordered_map<std::string, const std::string*> seen;
    seen.reserve(sax.entries.size());
    std::string bytes;
    for (const auto& [key, id] : sax.entries) {
        char32_t offending = 0;
        if (key.empty())
            throwBadInput(name + ": the empty string is not a token");
        if (!ByteAlphabet::unspell(key, bytes, offending))
            throwBadInput(name + ": token " + shown(key) + " contains " + codePointName(offending) +
                          ", which is not one of GPT-2's 256 byte symbols");
        if (!seen.emplace(bytes, &key).second)
            throwBadInput(name + ": token " + shown(key) + " appears twice");
        if (keyOf[id])
            throwBadInput(name + ": id " + std::to_string(id) + " is given to both " + shown(*keyOf[id]) + " and " +
                          shown(key));
        keyOf[id] = &key;
        tokens[id] = bytes;
    }
    for (int byte = 0; byte < 256; ++byte)
        if (!seen.count(std::string(1, static_cast<char>(byte))))
            throwBadInput(name + " has no token for the byte " + std::to_string(byte) + " (symbol " +
                          shown(ByteAlphabet::spell(std::string(1, static_cast<char>(byte)))) +
                          "); a byte-level BPE vocabulary needs all 256");
    return tokens;
}

std::vector<std::pair<std::int32_t, std::int32_t>>
TokenizerFiles::parseMerges(std::string_view text, const std::vector<std::string>& tokens, const std::string& name) {
    std::unordered_map<std::string_view, std::int32_t> idOf;
    idOf.reserve(tokens.size());
    for (std::size_t id = 0; id < tokens.size(); ++id)
        if (!tokens[id].empty())
            idOf.emplace(tokens[id], static_cast<std::int32_t>(id));
    auto symbolId = [&](std::string_view symbol, std::size_t line, std::string& bytes) {
        char32_t offending = 0;
        if (!ByteAlphabet::unspell(symbol, bytes, offending))
            throwBadInput(name + " line " + std::to_string(line) + ": symbol " + shown(symbol) + " contains " +
                          codePointName(offending) + ", which is not one of GPT-2's 256 byte symbols");
        const auto found = idOf.find(bytes);
        if (found == idOf.end())
            throwBadInput(name + " line " + std::to_string(line) + ": symbol " + shown(symbol) +
                          " is not in the vocabulary (vocab.json and merges.txt do not belong together)");
        return found->second;
    };

    std::vector<std::pair<std::int32_t, std::int32_t>> merges;
    std::unordered_map<std::uint64_t, std::size_t> lineOfPair;
    std::string leftBytes, rightBytes;
    std::size_t lineNumber = 0;
    for (std::size_t position = 0; position < text.size();) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNumber == 1 && line.substr(0, 8) == "#version")
            continue;
        const std::size_t space = line.find(' ');
        if (line.empty() || space == 0 || space == std::string_view::npos || space + 1 == line.size() ||
            line.find(' ', space + 1) != std::string_view::npos)
            throwBadInput(name + " line " + std::to_string(lineNumber) +
                          ": expected two symbols separated by one space, found " + shown(line));
        const std::int32_t left = symbolId(line.substr(0, space), lineNumber, leftBytes);
        const std::int32_t right = symbolId(line.substr(space + 1), lineNumber, rightBytes);
        if (!idOf.count(leftBytes + rightBytes))
            throwBadInput(name + " line " + std::to_string(lineNumber) + ": merging " + shown(line.substr(0, space)) +
                          " and " + shown(line.substr(space + 1)) + " gives " +
                          shown(ByteAlphabet::spell(leftBytes + rightBytes)) +
                          ", which is not in the vocabulary (vocab.json and merges.txt do not belong together)");
        const std::uint64_t pair = (std::uint64_t(std::uint32_t(left)) << 32) | std::uint32_t(right);
        if (const auto [at, inserted] = lineOfPair.emplace(pair, lineNumber); !inserted)
            throwBadInput(name + " line " + std::to_string(lineNumber) + " repeats the merge of line " +
                          std::to_string(at->second) + ": " + shown(line));
        merges.emplace_back(left, right);
    }
    return merges;
}

BpeVocabulary TokenizerFiles::read(const std::filesystem::path& vocabJson, const std::filesystem::path& mergesTxt) {
    BpeVocabulary vocabulary;
    vocabulary.tokens = parseVocab(readBounded(vocabJson), vocabJson.string());
    vocabulary.merges = parseMerges(readBounded(mergesTxt), vocabulary.tokens, mergesTxt.string());
    return vocabulary;
}

std::string TokenizerFiles::formatVocab(const BpeVocabulary& vocabulary) {
    std::string out = "{";
    bool first = true;
    for (std::size_t id = 0; id < vocabulary.tokens.size(); ++id) {
        if (vocabulary.tokens[id].empty())
            continue;
        out += first ? "\"" : ", \"";
        first = false;
        for (const char byte : vocabulary.tokens[id]) {
            // Python's json.dumps(ensure_ascii=True): '"' and '\' escaped, non-ASCII as \u00xx.
            const char32_t symbol = ByteAlphabet::symbolOf(static_cast<std::uint8_t>(byte));
            if (symbol == '"' || symbol == '\\') {
                out += '\\';
                out += static_cast<char>(symbol);
            } else if (symbol >= 0x20 && symbol < 0x7F) {
                out += static_cast<char>(symbol);
            } else {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(symbol));
                out += escape;
            }
        }
        out += "\": ";
        out += std::to_string(id);
    }
    out += "}";
    return out;
}

std::string TokenizerFiles::formatMerges(const BpeVocabulary& vocabulary) {
    std::string out = "#version: 0.2\n";
    for (const auto& [left, right] : vocabulary.merges) {
        out += ByteAlphabet::spell(vocabulary.tokens[static_cast<std::size_t>(left)]);
        out += ' ';
        out += ByteAlphabet::spell(vocabulary.tokens[static_cast<std::size_t>(right)]);
        out += '\n';
    }
    return out;
}

} // namespace litetune
