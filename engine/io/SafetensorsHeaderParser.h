// SafetensorsHeaderParser: turns the JSON header of a safetensors file into tensor entries and
// metadata, enforcing the schema while it streams (nlohmann SAX), so no JSON tree is built and
// a duplicate key, an unknown field or a wrong type stops the parse at once with its name.
// Deliberately does not check offsets against each other or the file: SafetensorsFile does that.
// Reference: docs/formats.md §3.1–3.2; huggingface/safetensors safetensors/src/tensor.rs
// (`HashMetadata`, `TensorInfo`), which this is stricter than (duplicates, unknown fields).
#pragma once

#include "io/SafetensorsDtype.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace litetune {

struct SafetensorsHeaderEntry {
    std::string name;
    SafetensorsDtype dtype = SafetensorsDtype::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
};

struct SafetensorsHeader {
    std::vector<SafetensorsHeaderEntry> entries; // in header order
    std::map<std::string, std::string> metadata;
};

class SafetensorsHeaderParser {
public:
    // `fileName` only names the file in error messages. `json` is the header without padding.
    explicit SafetensorsHeaderParser(std::string fileName);

    // Throws BadInput (one sentence naming the file and the tensor or field) on any violation.
    SafetensorsHeader parse(std::string_view json);

    // More dimensions than this is refused (LibTorch's own limit is 64 as well).
    static constexpr std::size_t kMaxRank = 64;

private:
    std::string m_fileName;
};

} // namespace litetune
