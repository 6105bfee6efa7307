// Strict JSON input for the small JSON files of a model folder (config.json,
// model.safetensors.index.json, the HF cache's config files): a size cap checked before
// reading, and duplicate keys refused at any depth (nlohmann, like Python's json, would keep
// the last one silently — a parser differential). Torch-free (litetune_core).
// Deliberately does not interpret the document; callers validate fields and name them in errors.
// Reference: RFC 8259 §4 ("names within an object SHOULD be unique").
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace litetune {

// Throws BadInput naming the file when it is missing, larger than maxBytes, not JSON, or has a
// duplicate key.
nlohmann::json readJsonFile(const std::filesystem::path& file, std::size_t maxBytes);

// The same for text already in memory; `what` names its origin in errors.
nlohmann::json parseJsonText(std::string_view text, const std::string& what);

// `text` as a JSON string literal: control characters escaped, so hostile names print safely.
std::string jsonQuoted(const std::string& text);

// "a string", "an object", ...: for "expected X, found Y" messages.
std::string jsonTypeName(const nlohmann::json& value);

} // namespace litetune
