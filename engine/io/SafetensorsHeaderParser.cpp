// Streaming, schema-checking parse of a safetensors JSON header (see SafetensorsHeaderParser.h).
// Reference: docs/formats.md §3.1–3.2; nlohmann::json SAX interface (json_sax).
#include "io/SafetensorsHeaderParser.h"

#include "util/Error.h"
#include "util/JsonFile.h"

#include <nlohmann/json.hpp>

#include <limits>
#include <set>
#include <utility>

namespace litetune {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kMetadataKey = "__metadata__";

// Receives the parser's events and keeps track of where in the schema the next value belongs.
class SchemaHandler {
public:
    explicit SchemaHandler(const std::string& fileName)
        : m_fileName(fileName) {}

    SafetensorsHeader takeResult() { return std::move(m_result); }

    bool null() { return scalar("null"); }
    bool boolean(bool) { return scalar("true/false"); }
    bool number_float(double, const std::string&) { return scalar("a fractional number"); }
    bool binary(Json::binary_t&) { return scalar("binary data"); }

    bool number_integer(std::int64_t value) {
        if (value >= 0)
            return number_unsigned(static_cast<std::uint64_t>(value));
        if (m_where == Where::InShape)
            fail("tensor " + jsonQuoted(m_entry.name) + " has the negative dimension " + std::to_string(value) +
                 " in its shape");
        return scalar("a negative number");
    }

    bool number_unsigned(std::uint64_t value) {
        if (m_where == Where::InShape) {
            if (m_entry.shape.size() >= SafetensorsHeaderParser::kMaxRank)
                fail("tensor " + jsonQuoted(m_entry.name) + " has more than " +
                     std::to_string(SafetensorsHeaderParser::kMaxRank) + " dimensions");
            if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                fail("tensor " + jsonQuoted(m_entry.name) + " has the dimension " + std::to_string(value) +
                     ", larger than 2^63-1");
            m_entry.shape.push_back(static_cast<std::int64_t>(value));
            return true;
        }
        if (m_where == Where::InOffsets) {
            if (m_offsets.size() == 2)
                fail("data_offsets of tensor " + jsonQuoted(m_entry.name) + " has more than two numbers");
            m_offsets.push_back(value);
            return true;
        }
        return scalar("a number");
    }

    bool string(std::string& value) {
        if (m_where == Where::InMetadata) {
            m_result.metadata.emplace(m_key, std::move(value));
            return true;
        }
        if (m_where == Where::InEntry && m_key == "dtype") {
            const auto dtype = safetensorsDtypeFromName(value);
            if (!dtype) {
                const bool subByte = value == "F4" || value == "F6_E2M3" || value == "F6_E3M2";
                fail("tensor " + jsonQuoted(m_entry.name) + " has the " +
                     (subByte ? "sub-byte dtype " : "unknown dtype ") + jsonQuoted(value) +
                     ", expected one of BOOL, U8, I8, I16, U16, I32, U32, I64, U64, F16, BF16, "
                     "F32, F64, C64, F8_E5M2, F8_E4M3, F8_E8M0");
            }
            m_entry.dtype = *dtype;
            return true;
        }
        return scalar("a string");
    }

    bool start_object(std::size_t) {
        switch (m_where) {
        case Where::BeforeRoot:
            m_where = Where::InRoot;
            return true;
        case Where::InRoot:
            if (m_key == kMetadataKey) {
                m_where = Where::InMetadata;
                m_keys.clear();
            } else {
                m_where = Where::InEntry;
                m_entry = SafetensorsHeaderEntry{};
                m_entry.name = m_key;
                m_fields.clear();
            }
            return true;
        default:
            return scalar("an object");
        }
    }

    bool end_object() {
        switch (m_where) {
        case Where::InMetadata:
            m_where = Where::InRoot;
            break;
        case Where::InEntry:
            for (const char* field : {"dtype", "shape", "data_offsets"})
                if (!m_fields.count(field))
                    fail("tensor " + jsonQuoted(m_entry.name) + " lacks the field \"" + field + "\"");
            m_entry.begin = m_offsets[0];
            m_entry.end = m_offsets[1];
            m_result.entries.push_back(std::move(m_entry));
            m_where = Where::InRoot;
            break;
        default:
            m_where = Where::Done;
            break;
        }
        return true;
    }

    bool key(std::string& key) {
        if (m_where == Where::InRoot) {
            if (!m_rootKeys.insert(key).second)
                fail("the key " + jsonQuoted(key) + " appears twice in the header");
            m_key = std::move(key);
        } else if (m_where == Where::InMetadata) {
            if (!m_keys.insert(key).second)
                fail("__metadata__ has the key " + jsonQuoted(key) + " twice");
            m_key = std::move(key);
        } else { // InEntry
            if (key != "dtype" && key != "shape" && key != "data_offsets")
                fail("tensor " + jsonQuoted(m_entry.name) + " has the unknown field " + jsonQuoted(key) +
                     ", expected only dtype, shape and data_offsets");
            if (!m_fields.insert(key).second)
                fail("tensor " + jsonQuoted(m_entry.name) + " has the field " + jsonQuoted(key) + " twice");
            m_key = std::move(key);
        }
        return true;
    }

    bool start_array(std::size_t) {
        if (m_where == Where::InEntry && m_key == "shape") {
            m_where = Where::InShape;
            return true;
        }
        if (m_where == Where::InEntry && m_key == "data_offsets") {
            m_where = Where::InOffsets;
            m_offsets.clear();
            return true;
        }
        return scalar("an array");
    }

    bool end_array() {
        if (m_where == Where::InOffsets && m_offsets.size() != 2)
            fail("data_offsets of tensor " + jsonQuoted(m_entry.name) + " has " + std::to_string(m_offsets.size()) +
                 " numbers, expected two: [begin, end]");
        m_where = Where::InEntry;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) {
        std::string what = error.what();
        if (const auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
            what.erase(0, close + 2);
        fail("the header is not valid JSON near byte " + std::to_string(position) + " (" + what + ")");
    }

private:
    enum class Where { BeforeRoot, InRoot, InMetadata, InEntry, InShape, InOffsets, Done };

    [[noreturn]] void fail(const std::string& message) { throwBadInput(m_fileName + ": " + message + "."); }

    // A value arrived where the schema has no place for it: say what was expected there.
    bool scalar(const char* found) {
        const std::string foundText = std::string(", found ") + found;
        switch (m_where) {
        case Where::BeforeRoot:
            fail("the header must be a JSON object" + foundText);
        case Where::InRoot:
            if (m_key == kMetadataKey)
                fail("__metadata__ must be an object mapping strings to strings" + foundText);
            fail("tensor " + jsonQuoted(m_key) + " must be an object with dtype, shape and data_offsets" + foundText);
        case Where::InMetadata:
            fail("__metadata__ value of " + jsonQuoted(m_key) + " must be a string" + foundText);
        case Where::InEntry:
            if (m_key == "dtype")
                fail("dtype of tensor " + jsonQuoted(m_entry.name) + " must be a string" + foundText);
            fail(m_key + " of tensor " + jsonQuoted(m_entry.name) + " must be a list of integers" + foundText);
        case Where::InShape:
            fail("shape of tensor " + jsonQuoted(m_entry.name) + " must hold non-negative integers" + foundText);
        case Where::InOffsets:
            fail("data_offsets of tensor " + jsonQuoted(m_entry.name) + " must hold non-negative integers" + foundText);
        case Where::Done:
            break;
        }
        fail("unexpected content after the header object" + foundText);
    }

    const std::string& m_fileName;
    Where m_where = Where::BeforeRoot;
    std::string m_key;
    std::set<std::string> m_rootKeys;
    std::set<std::string> m_keys;
    std::set<std::string> m_fields;
    SafetensorsHeaderEntry m_entry;
    std::vector<std::uint64_t> m_offsets;
    SafetensorsHeader m_result;
};

} // namespace

SafetensorsHeaderParser::SafetensorsHeaderParser(std::string fileName)
    : m_fileName(std::move(fileName)) {}

SafetensorsHeader SafetensorsHeaderParser::parse(std::string_view json) {
    SchemaHandler handler(m_fileName);
    Json::sax_parse(json.begin(), json.end(), &handler, Json::input_format_t::json, /*strict=*/true);
    return handler.takeResult();
}

} // namespace litetune
