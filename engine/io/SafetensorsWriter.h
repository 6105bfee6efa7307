// SafetensorsWriter: writes tensors given as raw little-endian bytes in the layout of the
// reference writer, so files LiteTune saves are byte-identical to what safetensors'
// save_file writes for the same tensors: tensors ordered by dtype alignment descending then
// name, offsets contiguous from 0, compact JSON header with `__metadata__` first and the
// entries in data order, padded with spaces to a multiple of 8. Torch-free (litetune_core).
// Deliberately does not own tensor bytes: callers keep them alive until write() returns.
// Reference: huggingface/safetensors safetensors/src/tensor.rs (`prepare`, `Metadata::serialize`).
#pragma once

#include "io/SafetensorsDtype.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace litetune {

class SafetensorsWriter {
public:
    // An empty map writes no `__metadata__` entry at all.
    explicit SafetensorsWriter(std::map<std::string, std::string> metadata = {{"format", "pt"}});

    // `data` is borrowed. Throws Failure for a duplicate or reserved name, a negative dimension, or a
    // byte size that does not match shape × dtype.
    void add(std::string name, SafetensorsDtype dtype, std::vector<std::int64_t> shape, const void* data,
             std::size_t byteSize);

    // The 8-byte length followed by the padded JSON header.
    std::string header() const;
    // The whole file in memory (for small files and tests).
    std::string serialize() const;
    // Writes atomically (temporary file renamed into place).
    void write(const std::filesystem::path& file) const;

private:
    struct Entry {
        std::string name;
        SafetensorsDtype dtype;
        std::vector<std::int64_t> shape;
        const void* data;
        std::size_t byteSize;
    };
    // Entries in file order.
    std::vector<const Entry*> ordered() const;

    std::map<std::string, std::string> m_metadata;
    std::vector<Entry> m_entries;
};

} // namespace litetune
