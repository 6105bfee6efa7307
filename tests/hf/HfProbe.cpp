// litetune-hf-probe: a test-only window into the engine for the Hugging Face parity suite
// (tests/hf). It runs one forward and one backward pass exactly as the trainer does and writes
// what transformers/PEFT can be compared with, as one safetensors file (float32, CPU):
//   logits [B, L], loss [1]            forward(input_ids, lengths) — the trainer's and evaluator's
//                                      path (engine/train/Trainer.cpp), lengths from attention_mask
//   hidden_states.0 .. .N [B, T, C]    transformers' output_hidden_states: embeddings, blocks
//                                      0..N-2, then ln_f of the last block (engine/model/Gpt2.h trace)
//   last_block_output [B, T, C]        the last block before ln_f (what transformers does not return)
//   grad.<name>                        the gradient of every trainable parameter under its Hugging
//                                      Face name, or for LoRA under its PEFT adapter-file name
//                                      (base_model.model.<module>.lora_A.weight, base_model.model.score.weight)
// Header metadata: method, precision (requested and resolved), note, logits_dtype, pooling.
// The trainable set is the engine's own (TrainingMethod::prepare, model/TrainableParameters.cpp), so
// the tests compare it with the set transformers/PEFT trains. Dropout is off (eval mode) so both
// sides are deterministic. With --precision bf16 the forward passes run inside AutocastScope and
// the backward outside it, as Trainer::accumulateGradients does.
// Usage: litetune-hf-probe --model DIR [--adapter DIR] --input FILE.json
//                          --method full|lora|head|bitfit [--precision fp32|bf16] --out FILE.safetensors
// FILE.json: {"input_ids": [[...]], "attention_mask": [[...]] (optional), "labels": [...]}.
#include "device/DevicePrecision.h"
#include "io/TensorIO.h"
#include "lora/PeftAdapter.h"
#include "model/Gpt2Loader.h"
#include "train/TrainingMethod.h"
#include "util/Error.h"
#include "util/JsonFile.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace litetune;
using nlohmann::json;

struct Options {
    std::string model;
    std::string adapter;
    std::string input;
    std::string method;
    std::string precision = "fp32";
    std::string out;
};

[[noreturn]] void usage(const std::string& problem) {
    std::cerr << "litetune-hf-probe: " << problem
              << "\nusage: litetune-hf-probe --model DIR [--adapter DIR] --input FILE.json"
                 " --method full|lora|head|bitfit [--precision fp32|bf16] --out FILE.safetensors\n";
    std::exit(2);
}

Options parseOptions(int argc, char** argv) {
    Options options;
    const std::map<std::string, std::string*> fields{
        {"--model", &options.model},   {"--adapter", &options.adapter},     {"--input", &options.input},
        {"--method", &options.method}, {"--precision", &options.precision}, {"--out", &options.out}};
    for (int i = 1; i < argc; i += 2) {
        const auto field = fields.find(argv[i]);
        if (field == fields.end())
            usage(std::string("unknown argument ") + argv[i]);
        if (i + 1 >= argc)
            usage(std::string(argv[i]) + " needs a value");
        *field->second = argv[i + 1];
    }
    if (options.model.empty() || options.input.empty() || options.method.empty() || options.out.empty())
        usage("--model, --input, --method and --out are required");
    if (options.precision != "fp32" && options.precision != "bf16")
        usage("--precision must be fp32 or bf16");
    return options;
}

torch::Tensor integerTensor(const json& value, const char* field) {
    if (!value.is_array() || value.empty())
        throwBadInput(std::string("input field ") + field + " must be a non-empty list");
    if (!value.front().is_array()) // labels: one row
        return torch::tensor(value.get<std::vector<std::int64_t>>(), torch::kLong);
    std::vector<std::int64_t> data;
    for (const json& row : value) {
        if (row.size() != value.front().size())
            throwBadInput(std::string("input field ") + field + " has rows of different lengths");
        for (const json& item : row)
            data.push_back(item.get<std::int64_t>());
    }
    return torch::tensor(data, torch::kLong)
        .view({static_cast<std::int64_t>(value.size()), static_cast<std::int64_t>(value.front().size())});
}

// The name transformers/PEFT gives a trainable parameter: a LoRA model's tensors carry the
// adapter-file prefix PEFT saves them with (lora/PeftAdapter.h), a plain model's are HF's own.
std::string referenceName(const std::string& name, bool lora) {
    return lora ? "base_model.model." + name : name;
}

std::string dtypeName(torch::ScalarType type) {
    switch (type) {
    case torch::kFloat32:
        return "float32";
    case torch::kBFloat16:
        return "bfloat16";
    case torch::kHalf:
        return "float16";
    default:
        return "other";
    }
}

void addFloat(TensorMap& out, const std::string& name, const torch::Tensor& value) {
    out[name] = value.detach().to(torch::kCPU, torch::kFloat32).contiguous();
}

int run(const Options& options) {
    Method method = Method::Full;
    if (!parseMethod(options.method, method) || method == Method::Evaluate)
        usage("--method must be full, lora, head or bitfit");
    if ((method == Method::Lora) != !options.adapter.empty())
        usage("--method lora needs --adapter (a PEFT adapter with non-zero lora_B), and only it takes one");
    const DevicePrecision exec =
        resolveDevicePrecision("cpu", options.precision == "bf16" ? Precision::Bf16 : Precision::Fp32);

    // As the logits verb does (app/cli/LogitsVerb.cpp): an adapter with a head brings its labels.
    ModelLoadOptions loadOptions;
    if (!options.adapter.empty()) {
        loadOptions.labels = readAdapterLabels(options.adapter);
        loadOptions.replaceHead = !loadOptions.labels.empty();
    }
    LoadedModel loaded = loadGpt2(options.model, loadOptions);
    std::optional<LoraConfig> adapter;
    if (!options.adapter.empty())
        adapter = loadAdapter(loaded.model, options.adapter).config;
    TrainingMethod::create(method)->prepare(loaded.model, TrainConfig{}, adapter, options.model);
    loaded.model->eval(); // no dropout: transformers runs in eval mode too

    const json input = readJsonFile(options.input, 64u << 20);
    const torch::Tensor ids = integerTensor(input.at("input_ids"), "input_ids");
    const torch::Tensor labels = integerTensor(input.at("labels"), "labels");
    torch::Tensor mask;
    torch::Tensor lengths; // the trainer's pooling input (engine/train/TokenBatch.h)
    if (input.contains("attention_mask") && !input["attention_mask"].is_null()) {
        mask = integerTensor(input["attention_mask"], "attention_mask");
        lengths = mask.sum(1);
    }

    TensorMap out;
    torch::Tensor logits;
    {
        AutocastScope autocast(exec);
        logits = loaded.model->forward(ids, lengths);
    }
    const std::string logitsDtype = dtypeName(logits.scalar_type());
    const torch::Tensor loss = sequenceClassificationLoss(logits, labels);
    loss.backward();
    addFloat(out, "logits", logits);
    addFloat(out, "loss", loss.reshape({1}));
    for (const auto& item : loaded.model->named_parameters(/*recurse=*/true)) {
        if (!item.value().requires_grad())
            continue;
        const torch::Tensor grad = item.value().grad();
        // An undefined gradient means the parameter never reached the loss: zeros, which the
        // comparison with transformers' own (defined) gradient then exposes.
        addFloat(out, "grad." + referenceName(item.key(), method == Method::Lora),
                 grad.defined() ? grad : torch::zeros_like(item.value()));
    }

    {
        torch::NoGradGuard noGrad;
        AutocastScope autocast(exec);
        std::vector<torch::Tensor> trace; // wte+wpe, then each block's output (engine/model/Gpt2.h)
        const torch::Tensor final = loaded.model->transformer()->forward(ids, mask, &trace);
        const auto layers = static_cast<std::int64_t>(trace.size()) - 1;
        for (std::int64_t i = 0; i < layers; ++i)
            addFloat(out, "hidden_states." + std::to_string(i), trace[static_cast<std::size_t>(i)]);
        addFloat(out, "hidden_states." + std::to_string(layers), final);
        addFloat(out, "last_block_output", trace.back());
    }

    const std::map<std::string, std::string> metadata{{"format", "pt"},
                                                      {"method", methodName(method)},
                                                      {"precision_requested", options.precision},
                                                      {"precision", precisionName(exec.precision)},
                                                      {"note", exec.note},
                                                      {"logits_dtype", logitsDtype},
                                                      {"pooling", lengths.defined() ? "lengths" : "pad-id"},
                                                      {"libtorch", std::to_string(TORCH_VERSION_MAJOR) + "." +
                                                                       std::to_string(TORCH_VERSION_MINOR) + "." +
                                                                       std::to_string(TORCH_VERSION_PATCH)}};
    saveSafetensors(options.out, out, metadata);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    try {
        torch::manual_seed(0);
        return run(options);
    } catch (const litetune::Error& error) {
        std::cerr << "litetune-hf-probe: " << error.what() << "\n";
        return error.kind() == litetune::ErrorKind::BadInput ? 2 : 1;
    } catch (const std::exception& error) {
        std::cerr << "litetune-hf-probe: " << error.what() << "\n";
        return 1;
    }
}
