// Tensors in and out of safetensors files as LibTorch tensors (engine-internal header).
// The byte-level parsing and validation live in SafetensorsFile (torch-free, fuzzed); this file
// only converts between its views and torch::Tensor.
#pragma once

#include <torch/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace litetune {

using TensorMap = std::map<std::string, torch::Tensor>;

// Every tensor of the file, copied into CPU tensors of the stored dtype.
TensorMap loadSafetensors(const std::filesystem::path& file);
// The same from bytes the caller owns (the built-in demo weights); `name` names them in errors.
TensorMap loadSafetensorsBytes(const std::uint8_t* bytes, std::size_t size, const std::string& name);

// Writes tensors (moved to CPU, made contiguous) with Hugging Face's layout: tensors ordered by
// dtype alignment then name (= sorted keys when all share a dtype), compact header JSON with
// `__metadata__` = metadata (default {"format": "pt"}) first, padded with spaces to 8 bytes.
// Atomic: a temporary file renamed into place.
void saveSafetensors(const std::filesystem::path& file, const TensorMap& tensors,
                     const std::map<std::string, std::string>& metadata = {{"format", "pt"}});

// The weights of a model folder: model.safetensors or a sharded model.safetensors.index.json;
// keys normalised to GPT2ForSequenceClassification names ("transformer." prefix added where
// missing), causal-mask buffers (attn.bias, attn.masked_bias) dropped. pytorch_model.bin alone
// → BadInput explaining how to convert.
TensorMap loadModelWeights(const std::filesystem::path& modelDir);

// Compares loaded tensors with the names and shapes a model expects; throws BadInput naming the
// missing, unexpected and mis-shaped tensors (with both shapes). `what` names the source in the
// message (e.g. the model folder).
void checkExpectedTensors(const TensorMap& tensors, const std::map<std::string, std::vector<std::int64_t>>& expected,
                          const std::string& what);

} // namespace litetune
