// SafetensorsDtype: the element types of the safetensors format (docs/formats.md §3.1), their names,
// byte sizes and the writer's ordering rank. Torch-free; TensorIO maps them to torch dtypes.
// Deliberately absent: the sub-byte types F4 / F6_* (no byte-addressable element, no LibTorch
// counterpart) — the reader refuses them by name.
// Reference: huggingface/safetensors safetensors/src/tensor.rs (`enum Dtype`, `Dtype::size`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace litetune {

// Declared in increasing alignment order, as tensor.rs declares them: the writer sorts tensors by
// this order descending (then by name), so every tensor starts aligned to its element size.
enum class SafetensorsDtype {
    BOOL,
    U8,
    I8,
    F8_E5M2,
    F8_E4M3,
    F8_E8M0,
    I16,
    U16,
    F16,
    BF16,
    I32,
    U32,
    F32,
    C64,
    F64,
    I64,
    U64,
};

// "F32" → F32; nullopt for anything unknown (including the sub-byte types).
std::optional<SafetensorsDtype> safetensorsDtypeFromName(std::string_view name);
const char* safetensorsDtypeName(SafetensorsDtype dtype);
std::size_t safetensorsDtypeSize(SafetensorsDtype dtype);

} // namespace litetune
