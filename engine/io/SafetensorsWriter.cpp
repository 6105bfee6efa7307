// Byte-exact safetensors writer (see SafetensorsWriter.h).
// Reference: huggingface/safetensors safetensors/src/tensor.rs.
#include "io/SafetensorsWriter.h"

#include "util/AtomicFile.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace litetune {

namespace {

// serde_json's escaping (", \, control characters; UTF-8 kept as is) equals nlohmann's with
// ensure_ascii off, which is what keeps the headers byte-identical.
std::string jsonString(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', /*ensure_ascii=*/false);
}

} // namespace

SafetensorsWriter::SafetensorsWriter(std::map<std::string, std::string> metadata)
    : m_metadata(std::move(metadata)) {}

void SafetensorsWriter::add(std::string name, SafetensorsDtype dtype, std::vector<std::int64_t> shape, const void* data,
                            std::size_t byteSize) {
    if (name == "__metadata__")
        throwFailure("cannot write a tensor named __metadata__ to a safetensors file (the name is reserved)");
    for (const Entry& entry : m_entries)
        if (entry.name == name)
            throwFailure("cannot write two tensors named '" + name + "' to one safetensors file");
    std::uint64_t count = 1;
    for (const std::int64_t dim : shape) {
        if (dim < 0)
            throwFailure("tensor '" + name + "' has a negative dimension");
        if (dim != 0 && count > std::numeric_limits<std::uint64_t>::max() / 8 / static_cast<std::uint64_t>(dim))
            throwFailure("tensor '" + name + "' has a shape whose byte size overflows 64 bits");
        count *= static_cast<std::uint64_t>(dim);
    }
    if (count * safetensorsDtypeSize(dtype) != byteSize)
        throwFailure("tensor '" + name + "' has " + std::to_string(byteSize) + " bytes, but its shape and dtype " +
                     safetensorsDtypeName(dtype) + " need " + std::to_string(count * safetensorsDtypeSize(dtype)));
    if (byteSize > 0 && !data)
        throwFailure("tensor '" + name + "' has no data");
    m_entries.push_back({std::move(name), dtype, std::move(shape), data, byteSize});
}

std::vector<const SafetensorsWriter::Entry*> SafetensorsWriter::ordered() const {
    std::vector<const Entry*> order;
    order.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        order.push_back(&entry);
    std::sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) {
        if (a->dtype != b->dtype)
            return static_cast<int>(a->dtype) > static_cast<int>(b->dtype);
        return a->name < b->name;
    });
    return order;
}

std::string SafetensorsWriter::header() const {
    std::string json = "{";
    if (!m_metadata.empty()) {
        json += "\"__metadata__\":{";
        bool first = true;
        for (const auto& [key, value] : m_metadata) {
            json += (first ? "" : ",") + jsonString(key) + ":" + jsonString(value);
            first = false;
        }
        json += "}";
    }
    std::uint64_t offset = 0;
    for (const Entry* entry : ordered()) {
        if (json.size() > 1)
            json += ",";
        json += jsonString(entry->name) + ":{\"dtype\":\"" + safetensorsDtypeName(entry->dtype) + "\",\"shape\":[";
        for (std::size_t i = 0; i < entry->shape.size(); ++i)
            json += (i ? "," : "") + std::to_string(entry->shape[i]);
        json += "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(offset + entry->byteSize) + "]}";
        offset += entry->byteSize;
    }
    json += "}";
    json.append((8 - json.size() % 8) % 8, ' ');

    std::string bytes(8, '\0');
    std::uint64_t n = json.size();
    for (int i = 0; i < 8; ++i, n >>= 8)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(n & 0xff);
    return bytes + json;
}

std::string SafetensorsWriter::serialize() const {
    std::string bytes = header();
    for (const Entry* entry : ordered())
        bytes.append(static_cast<const char*>(entry->data), entry->byteSize);
    return bytes;
}

void SafetensorsWriter::write(const std::filesystem::path& file) const {
    AtomicFileWriter writer(file);
    writer.write(header());
    for (const Entry* entry : ordered())
        writer.write(std::string_view(static_cast<const char*>(entry->data), entry->byteSize));
    writer.commit();
}

} // namespace litetune
