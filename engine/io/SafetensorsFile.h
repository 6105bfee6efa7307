// SafetensorsFile: a validated, read-only view of a safetensors file — every rule of
// docs/formats.md §3 is checked before any tensor is handed out, so a view's bytes always lie inside
// the file and match its dtype and shape. Torch-free (litetune_core) and fuzzable through
// parseSafetensorsBuffer.
// Deliberately does not convert or copy tensor data (TensorIO does), nor accept sub-byte dtypes,
// headers that do not start with '{', or duplicate keys (the Rust reader is laxer on the last two).
// Reference: huggingface/safetensors safetensors/src/tensor.rs (`read_metadata`, `validate`).
#pragma once

#include "io/SafetensorsDtype.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace litetune {

class MappedFile;

struct SafetensorsTensorView {
    std::string name;
    SafetensorsDtype dtype = SafetensorsDtype::F32;
    std::vector<std::int64_t> shape;
    const std::uint8_t* data = nullptr; // inside the mapping; not necessarily aligned (copy with memcpy)
    std::size_t byteSize = 0;

    std::int64_t numel() const;
};

class SafetensorsFile {
public:
    // Maps and validates a file; throws BadInput naming the file and the tensor or field at fault.
    static SafetensorsFile open(const std::filesystem::path& file);
    // Validates bytes owned by the caller (which must outlive the result); `name` names them in errors.
    static SafetensorsFile parse(const std::uint8_t* bytes, std::size_t size, const std::string& name);

    const std::string& name() const { return m_name; }
    // Sorted by name.
    const std::vector<SafetensorsTensorView>& tensors() const { return m_tensors; }
    // nullptr when absent.
    const SafetensorsTensorView* find(std::string_view tensorName) const;
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }
    // N, the header length the file declares (padding included).
    std::uint64_t headerLength() const { return m_headerLength; }

    // The reference reader's cap on N.
    static constexpr std::uint64_t kMaxHeaderLength = 100'000'000;

private:
    SafetensorsFile() = default;

    std::string m_name;
    std::shared_ptr<const MappedFile> m_mapping; // null for caller-owned bytes
    std::vector<SafetensorsTensorView> m_tensors;
    std::map<std::string, std::string> m_metadata;
    std::uint64_t m_headerLength = 0;
};

// The fuzzing entry point: SafetensorsFile::parse.
SafetensorsFile parseSafetensorsBuffer(const std::uint8_t* bytes, std::size_t size, const std::string& name);

} // namespace litetune
