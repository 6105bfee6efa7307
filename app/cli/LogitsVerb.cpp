// `litetune-cli logits --model DIR [--adapter DIR] --input FILE [--device auto|cpu|cuda[:N]] [--threads N]`:
// sequence-classification logits (float32) for the batch in FILE, and the loss when it carries
// labels (the man page (packaging/litetune-cli.1)). FILE: {"input_ids": [[...]], "attention_mask": [[...]], "labels":
// [...]}, the last two optional. An attention_mask takes the explicit key-padding path (exact Hugging Face parity for
// any mask); pooling follows Hugging Face (last token that is not the pad id). Needs only config.json + weights; every
// field of FILE is checked with its position named in errors.
#include "Arguments.h"
#include "Verbs.h"

#include "api/RuntimeInfo.h"
#include "io/HfCache.h"
#include "io/JsonFile.h"
#include "io/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "train/ExecutionSetup.h"
#include "util/Error.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace litetune::cli {

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

std::string number(double value) {
    if (!std::isfinite(value))
        return "null"; // JSON has no NaN or infinity (man page, JSON OUTPUT)
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value); // enough digits to round-trip a float32
    return text;
}

} // namespace

int runLogits(int argc, char** argv, int first) {
    Arguments args(argc, argv, first);
    const std::string modelPath = args.require("model");
    const std::string adapterPath = args.valueOr("adapter", "");
    const std::string inputPath = args.require("input");
    const std::string deviceText = args.valueOr("device", "cpu");
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    configureThreads(threads, false);
    const torch::Device device = resolveExecution(deviceText, Precision::Fp32).device;

    ModelLoadOptions options;
    if (!adapterPath.empty()) {
        options.labels = readAdapterLabels(adapterPath);
        options.replaceHead = !options.labels.empty(); // the adapter brings its own head
    }
    LoadedModel loaded = loadGpt2(modelPath == "demo" ? modelPath : resolveModelPath(modelPath).string(), options);
    if (!adapterPath.empty())
        for (const std::string& message : loadAdapter(loaded.model, adapterPath).messages)
            std::cerr << "litetune-cli: " << message << "\n";
    const Batch batch = readBatch(inputPath, loaded.config);

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

    std::string out = "{\"logits\": [";
    const auto* values = logits.data_ptr<float>();
    for (std::int64_t r = 0; r < logits.size(0); ++r) {
        out += r ? ", [" : "[";
        for (std::int64_t c = 0; c < logits.size(1); ++c)
            out += (c ? ", " : "") + number(values[r * logits.size(1) + c]);
        out += "]";
    }
    out += "]";
    if (batch.labels.defined())
        out += ", \"loss\": " + number(sequenceClassificationLoss(logits, batch.labels).item<double>());
    std::cout << out << "}\n";
    return 0;
}

} // namespace litetune::cli
