// PeftAdapter: see the header.
#include "lora/PeftAdapter.h"

#include "io/ModelFingerprint.h"
#include "io/SafetensorsFile.h"
#include "io/TensorIO.h"
#include "lora/LoraInjection.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/FolderManifest.h"
#include "util/JsonFile.h"
#include "util/StagedDirectory.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace litetune {

namespace fs = std::filesystem;

namespace {

const std::string kPrefix = "base_model.model.";
constexpr std::size_t kMaxLabelsBytes = 16 * 1024 * 1024;

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

std::vector<std::string> labelNames(const ModelConfig& config) {
    if (!config.labels.empty())
        return config.labels;
    std::vector<std::string> names;
    for (std::int64_t i = 0; i < config.numLabels(); ++i)
        names.push_back("LABEL_" + std::to_string(i));
    return names;
}

std::string labelsJson(const std::vector<std::string>& labels) {
    nlohmann::json id2label = nlohmann::json::object();
    nlohmann::json label2id = nlohmann::json::object();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        id2label[std::to_string(i)] = labels[i];
        label2id[labels[i]] = i;
    }
    return nlohmann::json{{"id2label", id2label}, {"label2id", label2id}}.dump(
               2, ' ', /*ensure_ascii=*/true, nlohmann::json::error_handler_t::replace) +
           "\n";
}

fs::path weightsFileOf(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throwBadInput("adapter folder " + dir.string() +
                      " does not exist (give the adapter/ folder of a LoRA run, or "
                      "a PEFT adapter folder)");
    const fs::path file = dir / kAdapterWeightsFile;
    if (fs::exists(file))
        return file;
    if (fs::exists(dir / "adapter_model.bin"))
        throwBadInput(dir.string() + " holds adapter_model.bin, a pickle, which LiteTune does not load because "
                                     "unpickling can run code; convert it once with Python: save_file(torch.load("
                                     "'adapter_model.bin'), 'adapter_model.safetensors', metadata={'format': 'pt'})");
    throwBadInput(dir.string() + " has no " + kAdapterWeightsFile);
}

// PEFT's saved key, or an in-memory variant, as this model's parameter name; empty to skip.
std::string modelKeyOf(const std::string& fileKey) {
    std::string key = startsWith(fileKey, kPrefix) ? fileKey.substr(kPrefix.size()) : fileKey;
    if (key.find(".original_module.") != std::string::npos)
        return {}; // PEFT's frozen copy of a modules_to_save module
    replaceAll(key, ".lora_A.default.", ".lora_A.");
    replaceAll(key, ".lora_B.default.", ".lora_B.");
    replaceAll(key, ".modules_to_save.default.", ".");
    replaceAll(key, ".base_layer.", ".");
    return key;
}

std::string shapeOf(const std::vector<std::int64_t>& shape) {
    return c10::str(c10::IntArrayRef(shape));
}

} // namespace

void saveAdapter(Gpt2ForSequenceClassification& model, const LoraConfig& config, const fs::path& dir,
                 ExistingFolder existing) {
    const std::vector<NamedLoraLayer> layers = loraLayers(model);
    if (layers.empty())
        throwFailure("cannot save an adapter: the model has no LoRA layers");
    TensorMap tensors;
    for (const NamedLoraLayer& named : layers) {
        tensors[kPrefix + named.module + ".lora_A.weight"] = named.layer->lora()->loraA()->weight.detach();
        tensors[kPrefix + named.module + ".lora_B.weight"] = named.layer->lora()->loraB()->weight.detach();
        if (config.bias == "lora_only")
            tensors[kPrefix + named.module + ".bias"] = named.layer->bias.detach();
    }
    if (config.bias == "all")
        for (auto& item : model->named_parameters(/*recurse=*/true))
            if (item.key().size() > 5 && item.key().compare(item.key().size() - 5, 5, ".bias") == 0)
                tensors[kPrefix + item.key()] = item.value().detach();
    if (std::find(config.modulesToSave.begin(), config.modulesToSave.end(), "score") != config.modulesToSave.end())
        tensors[kPrefix + "score.weight"] = model->score()->weight.detach();

    StagedDirectory staged(dir, kAdapterFolderKind, existing);
    writeFileAtomically(staged.path() / kAdapterConfigFile, loraConfigToJson(config));
    saveSafetensors(staged.path() / kAdapterWeightsFile, tensors);
    writeFileAtomically(staged.path() / kAdapterLabelsFile, labelsJson(labelNames(model->config())));
    if (!config.baseModelNameOrPath.empty()) {
        const std::string fingerprint = modelFingerprint(config.baseModelNameOrPath);
        if (!fingerprint.empty())
            writeFileAtomically(
                staged.path() / kAdapterBaseFile,
                nlohmann::json{{"base_model", config.baseModelNameOrPath}, {"fingerprint", fingerprint}}.dump(2) +
                    "\n");
    }
    staged.commit();
}

std::optional<std::string> adapterBaseMismatch(const fs::path& adapterDir, const std::string& modelSpec) {
    const fs::path file = adapterDir / kAdapterBaseFile;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return std::nullopt; // an adapter from PEFT or an older LiteTune: nothing recorded
    const nlohmann::json record = readJsonFile(file, 1 << 20);
    if (!record.is_object() || !record.contains("fingerprint") || !record["fingerprint"].is_string())
        throwBadInput(file.string() + ": expected an object with a \"fingerprint\" string");
    const std::string recorded = record["fingerprint"].get<std::string>();
    const std::string actual = modelFingerprint(modelSpec);
    if (actual.empty() || actual == recorded)
        return std::nullopt;
    const std::string base = record.contains("base_model") && record["base_model"].is_string()
                                 ? record["base_model"].get<std::string>()
                                 : std::string("another model");
    return "warning: adapter " + adapterDir.string() + " was trained on " + base + ", not on " + modelSpec +
           " (their weights differ); its predictions on this base may mean nothing";
}

AdapterLoadResult loadAdapter(Gpt2ForSequenceClassification& model, const fs::path& dir) {
    if (!fs::is_directory(dir))
        throwBadInput("adapter folder " + dir.string() + " does not exist");
    if (!fs::exists(dir / kAdapterConfigFile))
        throwBadInput(dir.string() + " has no " + kAdapterConfigFile + "; it is not a PEFT adapter folder");
    if (!loraLayers(model).empty())
        throwFailure("cannot load adapter " + dir.string() + ": the model already carries LoRA layers");
    AdapterLoadResult result;
    result.config = readLoraConfig(dir / kAdapterConfigFile);
    const fs::path weightsFile = weightsFileOf(dir);
    const std::string source = weightsFile.string();

    TensorMap tensors;
    std::map<std::string, std::string> fileKeyOf;
    for (auto& [fileKey, tensor] : loadSafetensors(weightsFile)) {
        const std::string key = modelKeyOf(fileKey);
        if (key.empty())
            continue;
        if (fileKeyOf.count(key))
            throwBadInput(source + " holds both " + fileKeyOf[key] + " and " + fileKey + " for the same tensor");
        fileKeyOf[key] = fileKey;
        tensors.emplace(key, tensor);
    }

    // Validate everything before the model changes.
    std::map<std::string, std::shared_ptr<torch::nn::Module>> modules;
    for (const auto& item : model->named_modules())
        modules.emplace(item.key(), item.value());
    std::map<std::string, torch::Tensor> parameters;
    for (auto& item : model->named_parameters(/*recurse=*/true))
        parameters.emplace(item.key(), item.value());

    try {
        result.modules = loraTargetModules(model, result.config);
    } catch (const Error& error) { // "target 'q_proj' matches no layer": say which file asked for it
        if (error.kind() != ErrorKind::BadInput)
            throw;
        throwBadInput((dir / kAdapterConfigFile).string() + ": " + error.what());
    }
    std::map<std::string, std::vector<std::int64_t>> expected;
    for (const std::string& module : result.modules) {
        const auto* conv = modules.at(module)->as<Conv1DImpl>();
        const std::int64_t r = loraOptionsFor(result.config, module).r;
        expected[module + ".lora_A.weight"] = {r, conv->inFeatures()};
        expected[module + ".lora_B.weight"] = {conv->outFeatures(), r};
    }
    for (const auto& [key, shape] : expected) {
        const auto it = tensors.find(key);
        if (it == tensors.end())
            throwBadInput(source + " has no tensor " + kPrefix + key +
                          ", which the target_modules of adapter_config.json require");
        if (it->second.sizes().vec() != shape)
            throwBadInput("tensor " + fileKeyOf[key] + " in " + source + " has shape " +
                          shapeOf(it->second.sizes().vec()) + " but this base model needs " + shapeOf(shape) +
                          "; the adapter was made for a different base model");
        if (!it->second.is_floating_point())
            throwBadInput("tensor " + fileKeyOf[key] + " in " + source + " is not floating-point");
    }
    std::vector<std::string> extras; // base parameters the adapter replaces (score, trained biases)
    for (const auto& [key, tensor] : tensors) {
        if (expected.count(key))
            continue;
        const auto it = parameters.find(key);
        if (it == parameters.end() || key.find(".lora_") != std::string::npos) {
            result.messages.push_back("ignored tensor " + fileKeyOf[key] + " of " + source +
                                      " (no such parameter in this model)");
            continue;
        }
        if (tensor.sizes() != it->second.sizes())
            throwBadInput("tensor " + fileKeyOf[key] + " in " + source + " has shape " + shapeOf(tensor.sizes().vec()) +
                          " but this base model's " + key + " is " + shapeOf(it->second.sizes().vec()) +
                          (key == "score.weight" ? "; build the base model with the adapter's labels" : ""));
        if (!tensor.is_floating_point())
            throwBadInput("tensor " + fileKeyOf[key] + " in " + source + " is not floating-point");
        extras.push_back(key);
    }

    applyLora(model, result.config, /*seed=*/0);
    torch::NoGradGuard noGrad;
    for (NamedLoraLayer& named : loraLayers(model)) {
        named.layer->lora()->loraA()->weight.copy_(tensors.at(named.module + ".lora_A.weight"));
        named.layer->lora()->loraB()->weight.copy_(tensors.at(named.module + ".lora_B.weight"));
    }
    for (const std::string& key : extras) {
        parameters.at(key).copy_(tensors.at(key));
        result.headLoaded = result.headLoaded || key == "score.weight";
    }
    if (!result.headLoaded)
        result.messages.push_back(source + " carries no score.weight: the classification head stays the base model's");
    return result;
}

std::vector<std::string> readAdapterLabels(const fs::path& dir) {
    const fs::path labelsFile = dir / kAdapterLabelsFile;
    if (fs::exists(labelsFile)) {
        const nlohmann::json document = readJsonFile(labelsFile, kMaxLabelsBytes);
        const auto it = document.is_object() ? document.find("id2label") : document.end();
        if (it == document.end() || !it->is_object() || it->empty())
            throwBadInput(labelsFile.string() + ": expected an object with a non-empty \"id2label\" object");
        std::vector<std::string> labels(it->size());
        std::vector<bool> seen(it->size(), false);
        for (const auto& [key, value] : it->items()) {
            std::size_t id = 0;
            bool valid = !key.empty() && key.size() < 10 && value.is_string();
            for (const char c : key)
                valid = valid && c >= '0' && c <= '9';
            if (valid)
                id = static_cast<std::size_t>(std::stoull(key));
            if (!valid || id >= labels.size() || seen[id])
                throwBadInput(labelsFile.string() + ": id2label must map the ids 0.." +
                              std::to_string(labels.size() - 1) + " to names, found " + jsonQuoted(key));
            labels[id] = value.get<std::string>();
            seen[id] = true;
        }
        return labels;
    }
    const SafetensorsFile file = SafetensorsFile::open(weightsFileOf(dir));
    for (const SafetensorsTensorView& view : file.tensors()) {
        if (modelKeyOf(view.name) != "score.weight" || view.shape.size() != 2)
            continue;
        std::vector<std::string> labels;
        for (std::int64_t i = 0; i < view.shape[0]; ++i)
            labels.push_back("LABEL_" + std::to_string(i));
        return labels;
    }
    return {};
}

} // namespace litetune
