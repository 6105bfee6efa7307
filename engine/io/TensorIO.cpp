// safetensors ⇄ LibTorch (io/TensorIO.h): copies validated SafetensorsFile views into CPU tensors
// and hands CPU tensors' bytes to SafetensorsWriter; checks loaded tensors against a model's
// expected names and shapes.
// Deliberately no zero-copy: tensors outlive the mapping and must be writable (training).
// Reference: huggingface/safetensors bindings/python/py_src/safetensors/torch.py (dtype table).
#include "io/TensorIO.h"

#include "io/SafetensorsFile.h"
#include "io/SafetensorsWriter.h"
#include "util/Error.h"
#include "util/JsonFile.h"

#include <torch/version.h>

#include <cstring>
#include <optional>
#include <utility>

#define LITETUNE_TORCH_AT_LEAST(major, minor)                                                                          \
    (TORCH_VERSION_MAJOR > (major) || (TORCH_VERSION_MAJOR == (major) && TORCH_VERSION_MINOR >= (minor)))

namespace litetune {

namespace {

struct DtypePair {
    SafetensorsDtype file;
    torch::Dtype torch;
};

// Element types both sides know. The float8 and unsigned wide types exist only in newer LibTorch.
const std::vector<DtypePair>& dtypePairs() {
    static const std::vector<DtypePair> pairs {
        {SafetensorsDtype::F64, torch::kFloat64}, {SafetensorsDtype::F32, torch::kFloat32},
            {SafetensorsDtype::F16, torch::kFloat16}, {SafetensorsDtype::BF16, torch::kBFloat16},
            {SafetensorsDtype::I64, torch::kInt64}, {SafetensorsDtype::I32, torch::kInt32},
            {SafetensorsDtype::I16, torch::kInt16}, {SafetensorsDtype::I8, torch::kInt8},
            {SafetensorsDtype::U8, torch::kUInt8}, {SafetensorsDtype::BOOL, torch::kBool},
            {SafetensorsDtype::C64, torch::kComplexFloat},
#if LITETUNE_TORCH_AT_LEAST(2, 1)
            {SafetensorsDtype::F8_E5M2, torch::kFloat8_e5m2}, {SafetensorsDtype::F8_E4M3, torch::kFloat8_e4m3fn},
#endif
#if LITETUNE_TORCH_AT_LEAST(2, 3)
            {SafetensorsDtype::U16, torch::kUInt16}, {SafetensorsDtype::U32, torch::kUInt32},
            {SafetensorsDtype::U64, torch::kUInt64},
#endif
    };
    return pairs;
}

std::optional<torch::Dtype> torchDtypeFor(SafetensorsDtype dtype) {
    for (const DtypePair& pair : dtypePairs())
        if (pair.file == dtype)
            return pair.torch;
    return std::nullopt;
}

std::optional<SafetensorsDtype> fileDtypeFor(torch::Dtype dtype) {
    for (const DtypePair& pair : dtypePairs())
        if (pair.torch == dtype)
            return pair.file;
    return std::nullopt;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

// "a, b, c and 4 more"
std::string listSome(const std::vector<std::string>& items) {
    constexpr std::size_t kShown = 5;
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < kShown; ++i)
        text += (i ? ", " : "") + items[i];
    if (items.size() > kShown)
        text += " and " + std::to_string(items.size() - kShown) + " more";
    return text;
}

} // namespace

namespace {

TensorMap tensorsOf(const SafetensorsFile& contents, const std::string& file) {
    TensorMap tensors;
    for (const SafetensorsTensorView& view : contents.tensors()) {
        const auto dtype = torchDtypeFor(view.dtype);
        if (!dtype)
            throwBadInput(file + ": tensor " + jsonQuoted(view.name) + " has the dtype " +
                          safetensorsDtypeName(view.dtype) + ", which this LibTorch " + TORCH_VERSION +
                          " cannot hold.");
        if (view.dtype == SafetensorsDtype::BOOL)
            for (std::size_t i = 0; i < view.byteSize; ++i)
                if (view.data[i] > 1)
                    throwBadInput(file + ": tensor " + jsonQuoted(view.name) + " is BOOL but byte " +
                                  std::to_string(i) + " holds " + std::to_string(view.data[i]) + ", expected 0 or 1.");
        torch::Tensor tensor = torch::empty(view.shape, torch::TensorOptions().dtype(*dtype));
        if (view.byteSize > 0)
            std::memcpy(tensor.data_ptr(), view.data, view.byteSize); // views may be unaligned
        tensors.emplace(view.name, std::move(tensor));
    }
    return tensors;
}

} // namespace

TensorMap loadSafetensors(const std::filesystem::path& file) {
    return tensorsOf(SafetensorsFile::open(file), file.string());
}

TensorMap loadSafetensorsBytes(const std::uint8_t* bytes, std::size_t size, const std::string& name) {
    return tensorsOf(SafetensorsFile::parse(bytes, size, name), name);
}

void saveSafetensors(const std::filesystem::path& file, const TensorMap& tensors,
                     const std::map<std::string, std::string>& metadata) {
    std::vector<torch::Tensor> keepAlive;
    keepAlive.reserve(tensors.size());
    SafetensorsWriter writer(metadata);
    for (const auto& [name, tensor] : tensors) {
        if (!tensor.defined())
            throwFailure("cannot save tensor '" + name + "' to " + file.string() + ": it is undefined.");
        const auto dtype = fileDtypeFor(tensor.scalar_type());
        if (!dtype)
            throwFailure("cannot save tensor '" + name + "' to " + file.string() + ": safetensors has no dtype for " +
                         std::string(c10::toString(tensor.scalar_type())) + ".");
        keepAlive.push_back(tensor.detach().to(torch::kCPU).contiguous());
        const torch::Tensor& cpu = keepAlive.back();
        writer.add(name, *dtype, cpu.sizes().vec(), cpu.data_ptr(), cpu.nbytes());
    }
    writer.write(file);
}

void checkExpectedTensors(const TensorMap& tensors, const std::map<std::string, std::vector<std::int64_t>>& expected,
                          const std::string& what) {
    std::vector<std::string> missing;
    std::vector<std::string> unexpected;
    std::vector<std::string> misshaped;
    for (const auto& [name, shape] : expected) {
        const auto it = tensors.find(name);
        if (it == tensors.end())
            missing.push_back(name);
        else if (it->second.sizes().vec() != shape)
            misshaped.push_back(name + " has shape " + shapeText(it->second.sizes().vec()) + " where " +
                                shapeText(shape) + " is expected");
    }
    for (const auto& [name, tensor] : tensors)
        if (!expected.count(name))
            unexpected.push_back(name);
    if (missing.empty() && unexpected.empty() && misshaped.empty())
        return;
    std::vector<std::string> parts;
    if (!missing.empty())
        parts.push_back("missing " + listSome(missing));
    if (!unexpected.empty())
        parts.push_back("unexpected " + listSome(unexpected));
    if (!misshaped.empty())
        parts.push_back(listSome(misshaped));
    std::string message = what + " does not match the model's tensors: ";
    for (std::size_t i = 0; i < parts.size(); ++i)
        message += (i ? "; " : "") + parts[i];
    throwBadInput(message + ".");
}

} // namespace litetune
