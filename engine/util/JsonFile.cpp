// Size-capped, duplicate-refusing JSON reading (see JsonFile.h).
#include "util/JsonFile.h"

#include "util/Error.h"

#include <fstream>
#include <set>
#include <system_error>
#include <vector>

namespace litetune {

nlohmann::json readJsonFile(const std::filesystem::path& file, std::size_t maxBytes) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throwBadInput(file.string() + " does not exist or is not a regular file.");
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        throwFailure("cannot read the size of " + file.string() + ": " + ec.message() + ".");
    if (size > maxBytes)
        throwBadInput(file.string() + " is " + std::to_string(size) + " bytes, more than the " +
                      std::to_string(maxBytes) + " bytes such a file may have.");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throwBadInput("cannot open " + file.string() + ".");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount())); // the file may have shrunk meanwhile
    return parseJsonText(text, file.string());
}

nlohmann::json parseJsonText(std::string_view text, const std::string& what) {
    using Json = nlohmann::json;
    std::vector<std::set<std::string>> openObjects;
    const Json::parser_callback_t checkKeys = [&](int, Json::parse_event_t event, Json& parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            openObjects.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            openObjects.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!openObjects.back().insert(parsed.get<std::string>()).second)
                throwBadInput(what + " has the key " + parsed.dump() + " twice in one object.");
            break;
        default:
            break;
        }
        return true;
    };
    try {
        return Json::parse(text.begin(), text.end(), checkKeys);
    } catch (const Json::exception& error) {
        // parse_error for bad syntax, out_of_range for a number too large for a double.
        std::string message = error.what();
        if (const auto close = message.find("] "); close != std::string::npos)
            message.erase(0, close + 2);
        throwBadInput(what + " is not valid JSON (" + message + ").");
    }
}

std::string jsonQuoted(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

std::string jsonTypeName(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "true/false";
    case nlohmann::json::value_t::number_float:
        return "a fractional number";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "an integer";
    default:
        return "binary data";
    }
}

} // namespace litetune
