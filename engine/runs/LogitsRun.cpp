// The `logits` verb's work (api/Logits.h): the batch file read and checked field by field, the
// model (and adapter) loaded, one forward pass in float32.
#include "api/Logits.h"

#include "device/DevicePrecision.h"
#include "io/HfCache.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "util/Error.h"
#include "util/JsonFile.h"

#include <string>
#include <vector>

namespace litetune {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxInputBytes = 512u * 1024 * 1024;

struct Batch {
    torch::Tensor inputIds;      // (B, T) int64
    torch::Tensor attentionMask; // (B, T) int64 or undefined
    torch::Tensor labels;        // (B) int64 or undefined
};

std::string at(const std::string& field, std::size_t row, std::size_t column) {
    return field + "[" + std::to_string(row) + "][" + std::to_string(column) + "]";
}

// A rectangular list of integer rows in [low, high], as an int64 (rows, columns) tensor.
torch::Tensor integerMatrix(const json& value, const std::string& field, const std::string& file, std::int64_t low,
                            std::int64_t high, const std::string& rangeText) {
    if (!value.is_array() || value.empty())
        throwBadInput(file + ": field " + field + " must be a non-empty list of lists of integers");
    const std::size_t columns = value.front().is_array() ? value.front().size() : 0;
    std::vector<std::int64_t> data;
    for (std::size_t r = 0; r < value.size(); ++r) {
        const json& row = value[r];
        if (!row.is_array() || row.empty())
            throwBadInput(file + ": " + field + "[" + std::to_string(r) + "] must be a non-empty list of integers");
        if (row.size() != columns)
            throwBadInput(file + ": " + field + "[" + std::to_string(r) + "] has " + std::to_string(row.size()) +
                          " entries but row 0 has " + std::to_string(columns) + " (pad every row to the same length)");
        for (std::size_t c = 0; c < row.size(); ++c) {
            const json& item = row[c];
            if (!item.is_number_integer())
                throwBadInput(file + ": " + at(field, r, c) + " must be an integer, found " + jsonTypeName(item));
            const auto v = item.get<std::int64_t>();
            if (v < low || v > high || (item.is_number_unsigned() && item.get<std::uint64_t>() > 1ull << 62))
                throwBadInput(file + ": " + at(field, r, c) + " is " + item.dump() + ", " + rangeText);
            data.push_back(v);
        }
    }
    return torch::tensor(data, torch::kLong)
        .view({static_cast<std::int64_t>(value.size()), static_cast<std::int64_t>(columns)});
}

Batch readBatch(const std::string& file, const ModelConfig& config) {
    const json document = readJsonFile(file, kMaxInputBytes);
    if (!document.is_object())
        throwBadInput(file + " must hold a JSON object with input_ids, found " + jsonTypeName(document));
    const auto ids = document.find("input_ids");
    if (ids == document.end())
        throwBadInput(file + " has no field input_ids");
    Batch batch;
    batch.inputIds = integerMatrix(*ids, "input_ids", file, 0, config.vocabSize - 1,
                                   "outside the model's vocabulary of " + std::to_string(config.vocabSize) + " ids");
    const std::int64_t B = batch.inputIds.size(0);
    const std::int64_t T = batch.inputIds.size(1);
    if (T > config.nPositions)
        throwBadInput(file + ": sequences of " + std::to_string(T) + " tokens are longer than the model's " +
                      std::to_string(config.nPositions) + " positions");
    if (const auto mask = document.find("attention_mask"); mask != document.end() && !mask->is_null()) {
        batch.attentionMask = integerMatrix(*mask, "attention_mask", file, 0, 1, "expected 0 or 1");
        if (batch.attentionMask.sizes() != batch.inputIds.sizes())
            throwBadInput(file + ": attention_mask has shape " + c10::str(batch.attentionMask.sizes()) +
                          " but input_ids has " + c10::str(batch.inputIds.sizes()));
    }
    if (const auto labels = document.find("labels"); labels != document.end() && !labels->is_null()) {
        if (!labels->is_array() || static_cast<std::int64_t>(labels->size()) != B)
            throwBadInput(file + ": field labels must be a list of " + std::to_string(B) +
                          " integers, one per row of input_ids");
        std::vector<std::int64_t> values;
        for (std::size_t i = 0; i < labels->size(); ++i) {
            const json& item = (*labels)[i];
            const bool ok = item.is_number_integer() &&
                            (item.get<std::int64_t>() == -100 ||
                             (item.get<std::int64_t>() >= 0 && item.get<std::int64_t>() < config.numLabels()));
            if (!ok)
                throwBadInput(file + ": labels[" + std::to_string(i) + "] is " + item.dump() + ", expected 0.." +
                              std::to_string(config.numLabels() - 1) + " or -100");
            values.push_back(item.get<std::int64_t>());
        }
        batch.labels = torch::tensor(values, torch::kLong);
    }
    return batch;
}

} // namespace

LogitsResult computeLogits(const LogitsRequest& request, const std::function<void(const std::string&)>& message) {
    const torch::Device device = resolveDevicePrecision(request.device, Precision::Fp32).device;

    ModelLoadOptions options;
    if (!request.adapterPath.empty()) {
        options.labels = readAdapterLabels(request.adapterPath);
        options.replaceHead = !options.labels.empty(); // the adapter brings its own head
    }
    LoadedModel loaded = loadGpt2(
        request.modelPath == "demo" ? request.modelPath : resolveModelPath(request.modelPath).string(), options);
    if (!request.adapterPath.empty())
        for (const std::string& line : loadAdapter(loaded.model, request.adapterPath).messages)
            message(line);
    const Batch batch = readBatch(request.inputPath, loaded.config);

    loaded.model->to(device);
    loaded.model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor logits =
        loaded
            .model(batch.inputIds.to(device), torch::Tensor(),
                   batch.attentionMask.defined() ? batch.attentionMask.to(device) : torch::Tensor())
            .to(torch::kCPU, torch::kFloat32)
            .contiguous();
    if (!torch::isfinite(logits).all().item<bool>())
        throwFailure("the model produced non-finite logits (NaN or infinity); its weights are broken");

    LogitsResult result;
    result.rows = logits.size(0);
    result.columns = logits.size(1);
    const auto* values = logits.data_ptr<float>();
    result.logits.assign(values, values + result.rows * result.columns);
    if (batch.labels.defined())
        result.loss = sequenceClassificationLoss(logits, batch.labels).item<double>();
    return result;
}

} // namespace litetune
