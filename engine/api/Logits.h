// Logits: sequence-classification logits (float32) for a batch of token ids read from a JSON file,
// and the loss when it carries labels — the `logits` verb (packaging/litetune-cli.1). The file:
// {"input_ids": [[...]], "attention_mask": [[...]], "labels": [...]}, the last two optional. An
// attention_mask takes the explicit key-padding path (exact Hugging Face parity for any mask);
// pooling follows Hugging Face (last token that is not the pad id). Every field of the file is
// checked with its position named in errors. No LibTorch in this header; the implementation is
// engine/runs/LogitsRun.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct LogitsRequest {
    std::string modelPath;   // a model folder, ORG/NAME[@rev] from the Hugging Face cache, or "demo"
    std::string adapterPath; // optional PEFT adapter folder (its labels.json / head replace the model's)
    std::string inputPath;   // the JSON batch
    std::string device = "cpu";
};

struct LogitsResult {
    std::int64_t rows = 0;
    std::int64_t columns = 0;   // the model's label count
    std::vector<float> logits;  // rows × columns, row-major
    std::optional<double> loss; // cross entropy over the labels (-100 ignored), when the batch has them
};

// `message` receives what loading the adapter reports (ignored tensors, a missing head) as it
// happens. BadInput for a malformed batch; Failure when the model produces NaN or infinity.
LogitsResult computeLogits(const LogitsRequest& request, const std::function<void(const std::string&)>& message);

} // namespace litetune
