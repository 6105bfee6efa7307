// `litetune-cli tokenize --model DIR [--special-as-text | --recognize-special]`: JSON Lines
// {"text": ...} on stdin -> {"ids": [...]} on stdout, line for line (the man page (packaging/litetune-cli.1)).
// By default "<|endoftext|>" in a text is plain text, as tiktoken's encode_ordinary treats it
// (the contract the reference vectors and the benchmark check); --recognize-special maps it to
// the end-of-text id as Hugging Face's tokenizer does.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Error.h"
#include "api/Tokenizer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <string>

namespace litetune::cli {

namespace {

constexpr std::size_t kMaxLineBytes = std::size_t(256) << 20;

// Reads stdin line by line ("\n", a trailing "\r" dropped), refusing lines over kMaxLineBytes.
class LineReader {
public:
    explicit LineReader(std::FILE* in)
        : m_in(in) {}

    bool next(std::string& line) {
        line.clear();
        bool any = false;
        while (true) {
            if (m_position == m_size) {
                m_size = std::fread(m_buffer, 1, sizeof m_buffer, m_in);
                m_position = 0;
                if (m_size == 0) {
                    if (std::ferror(m_in))
                        throwFailure("reading stdin failed");
                    break;
                }
            }
            any = true;
            const char* start = m_buffer + m_position;
            const auto* newline = static_cast<const char*>(std::memchr(start, '\n', m_size - m_position));
            const std::size_t length = newline ? static_cast<std::size_t>(newline - start) : m_size - m_position;
            if (line.size() + length > kMaxLineBytes)
                throwBadInput("stdin line " + std::to_string(m_lineNumber + 1) + " is longer than " +
                              std::to_string(kMaxLineBytes >> 20) + " MiB");
            line.append(start, length);
            m_position += length + (newline ? 1 : 0);
            if (newline)
                break;
        }
        if (!any)
            return false;
        ++m_lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return true;
    }

    std::size_t lineNumber() const { return m_lineNumber; }

private:
    std::FILE* m_in;
    char m_buffer[1 << 16];
    std::size_t m_position = 0;
    std::size_t m_size = 0;
    std::size_t m_lineNumber = 0;
};

std::string textOfLine(const std::string& line, std::size_t lineNumber) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& error) {
        std::string what = error.what();
        if (const auto close = what.find("] "); close != std::string::npos)
            what = what.substr(close + 2);
        throwBadInput("stdin line " + std::to_string(lineNumber) + " is not valid JSON: " + what);
    }
    const auto text = json.is_object() ? json.find("text") : json.end();
    if (!json.is_object() || text == json.end() || !text->is_string())
        throwBadInput("stdin line " + std::to_string(lineNumber) +
                      ": expected a JSON object with a string field \"text\", found " + json.dump().substr(0, 60));
    return text->get<std::string>();
}

void flush(std::string& out) {
    if (!out.empty() && std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
        throwFailure("writing to stdout failed");
    out.clear();
}

} // namespace

Tokenizer tokenizerForModel(const std::string& model) {
    return model == "demo" ? Tokenizer::byteLevel() : Tokenizer::fromFolder(model);
}

int runTokenize(int argc, char** argv, int first) {
    Arguments args(argc, argv, first, {"special-as-text", "recognize-special"});
    const std::string model = args.require("model");
    const bool asText = args.has("special-as-text");
    const bool recognize = args.has("recognize-special");
    args.rejectUnused();
    if (asText && recognize)
        throwBadInput("options --special-as-text and --recognize-special exclude each other");
    const SpecialTokens special = recognize ? SpecialTokens::Recognize : SpecialTokens::AsText;
    const Tokenizer tokenizer = tokenizerForModel(model);

    LineReader reader(stdin);
    std::string line, out;
    while (reader.next(line)) {
        const std::string text = textOfLine(line, reader.lineNumber());
        out += "{\"ids\":[";
        bool firstId = true;
        for (const std::int32_t id : tokenizer.encode(text, special)) {
            if (!firstId)
                out += ',';
            firstId = false;
            out += std::to_string(id);
        }
        out += "]}\n";
        if (out.size() > (1 << 20))
            flush(out);
    }
    flush(out);
    if (std::fflush(stdout) != 0)
        throwFailure("writing to stdout failed");
    return 0;
}

} // namespace litetune::cli
