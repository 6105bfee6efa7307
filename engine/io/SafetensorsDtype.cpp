// Names and sizes of the safetensors element types (see SafetensorsDtype.h).
// Reference: huggingface/safetensors safetensors/src/tensor.rs.
#include "io/SafetensorsDtype.h"

#include <array>
#include <utility>

namespace litetune {

namespace {

struct DtypeInfo {
    SafetensorsDtype dtype;
    const char* name;
    std::size_t size;
};

constexpr std::array<DtypeInfo, 17> kDtypes{{
    {SafetensorsDtype::BOOL, "BOOL", 1},
    {SafetensorsDtype::U8, "U8", 1},
    {SafetensorsDtype::I8, "I8", 1},
    {SafetensorsDtype::F8_E5M2, "F8_E5M2", 1},
    {SafetensorsDtype::F8_E4M3, "F8_E4M3", 1},
    {SafetensorsDtype::F8_E8M0, "F8_E8M0", 1},
    {SafetensorsDtype::I16, "I16", 2},
    {SafetensorsDtype::U16, "U16", 2},
    {SafetensorsDtype::F16, "F16", 2},
    {SafetensorsDtype::BF16, "BF16", 2},
    {SafetensorsDtype::I32, "I32", 4},
    {SafetensorsDtype::U32, "U32", 4},
    {SafetensorsDtype::F32, "F32", 4},
    {SafetensorsDtype::C64, "C64", 8},
    {SafetensorsDtype::F64, "F64", 8},
    {SafetensorsDtype::I64, "I64", 8},
    {SafetensorsDtype::U64, "U64", 8},
}};

const DtypeInfo& info(SafetensorsDtype dtype) {
    // The table is in enum order, which a static check below keeps honest.
    return kDtypes[static_cast<std::size_t>(dtype)];
}

constexpr bool tableInEnumOrder() {
    for (std::size_t i = 0; i < kDtypes.size(); ++i)
        if (static_cast<std::size_t>(kDtypes[i].dtype) != i)
            return false;
    return true;
}
static_assert(tableInEnumOrder(), "kDtypes must list the dtypes in enum order");

} // namespace

std::optional<SafetensorsDtype> safetensorsDtypeFromName(std::string_view name) {
    for (const DtypeInfo& entry : kDtypes)
        if (name == entry.name)
            return entry.dtype;
    return std::nullopt;
}

const char* safetensorsDtypeName(SafetensorsDtype dtype) {
    return info(dtype).name;
}

std::size_t safetensorsDtypeSize(SafetensorsDtype dtype) {
    return info(dtype).size;
}

} // namespace litetune
