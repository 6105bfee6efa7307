// LoraInjection: see the header.
#include "lora/LoraInjection.h"

#include "model/TrainableParameters.h"
#include "util/Error.h"

#include <ATen/CPUGeneratorImpl.h>

#include <regex>
#include <set>

namespace litetune {

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool nameMatches(const std::string& module, const std::string& target) {
    return module == target || endsWith(module, "." + target);
}

std::regex compile(const std::string& pattern, const std::string& what) {
    try {
        return compileLoraRegex(pattern); // polynomial-time matching (see LoraConfig.h)
    } catch (const std::regex_error&) {
        throwBadInput(what + " " + pattern + " is not a valid regular expression");
    }
}

// The transformer block index in a module name ("transformer.h.3.attn.c_attn" → 3), or -1.
std::int64_t layerIndexOf(const std::string& module, const std::string& layersPattern) {
    const std::string marker = "." + (layersPattern.empty() ? std::string("h") : layersPattern) + ".";
    const std::size_t at = module.find(marker);
    if (at == std::string::npos)
        return -1;
    std::size_t pos = at + marker.size();
    std::int64_t index = 0;
    bool digits = false;
    while (pos < module.size() && module[pos] >= '0' && module[pos] <= '9' && index < 1000000) {
        index = index * 10 + (module[pos++] - '0');
        digits = true;
    }
    return digits ? index : -1;
}

// PEFT's rank_pattern/alpha_pattern lookup: the first key K with re.match(r"(.*\.)?(K)$", name).
template <typename Value>
const Value* patternValue(const std::map<std::string, Value>& patterns, const std::string& module, const char* field) {
    for (const auto& [key, value] : patterns)
        if (std::regex_match(module, compile(loraPatternKeyRegex(key), std::string("adapter config ") + field)))
            return &value;
    return nullptr;
}

const char* const kWrappable = "LoRA wraps the Conv1D layers c_attn, attn.c_proj, mlp.c_fc and mlp.c_proj";

} // namespace

std::vector<std::string> loraTargetModules(Gpt2ForSequenceClassification& model, const LoraConfig& config) {
    const bool allLinear = config.targetRegex == "all-linear";
    const bool useRegex = !config.targetRegex.empty() && !allLinear;
    const std::regex regex = useRegex ? compile(config.targetRegex, "target_modules") : std::regex();
    const std::set<std::int64_t> layers(config.layersToTransform.begin(), config.layersToTransform.end());

    std::vector<std::string> matched;
    std::set<std::string> usedTargets;
    for (const auto& item : model->named_modules()) {
        const std::string& name = item.key();
        if (name.empty())
            continue;
        const bool isConv = item.value()->as<Conv1DImpl>() != nullptr;
        bool hit = false;
        if (allLinear) {
            hit = isConv;
        } else if (useRegex) {
            hit = std::regex_match(name, regex);
        } else {
            for (const std::string& target : config.targetModules)
                if (nameMatches(name, target)) {
                    hit = true;
                    usedTargets.insert(target);
                }
        }
        if (!hit)
            continue;
        if (!isConv)
            throwBadInput("LoRA target matches " + name + ", which is not a Conv1D layer (" + kWrappable + ")");
        if (!layers.empty() && !layers.count(layerIndexOf(name, config.layersPattern)))
            continue;
        matched.push_back(name);
    }
    for (const std::string& target : config.targetModules)
        if (!useRegex && !allLinear && !usedTargets.count(target))
            throwBadInput("LoRA target module '" + target + "' matches no layer of this GPT-2 (" + kWrappable + ")");
    if (matched.empty())
        throwBadInput("the LoRA target modules select no layer of this GPT-2 (" + std::string(kWrappable) + ")");
    return matched;
}

LoraLayerOptions loraOptionsFor(const LoraConfig& config, const std::string& module) {
    LoraLayerOptions options;
    options.r = config.r;
    options.alpha = config.loraAlpha;
    options.dropout = config.loraDropout;
    options.rslora = config.useRslora;
    if (const auto* r = patternValue(config.rankPattern, module, "rank_pattern"))
        options.r = *r;
    if (const auto* alpha = patternValue(config.alphaPattern, module, "alpha_pattern"))
        options.alpha = *alpha;
    return options;
}

std::vector<std::string> applyLora(Gpt2ForSequenceClassification& model, const LoraConfig& config, std::uint64_t seed) {
    if (!loraLayers(model).empty())
        throwFailure("LoRA layers are already attached to this model");
    const std::vector<std::string> targets = loraTargetModules(model, config);
    const std::set<std::string> targetSet(targets.begin(), targets.end());
    at::Generator generator = at::detail::createCPUGenerator(seed);
    for (const auto& item : model->named_modules()) {
        if (!targetSet.count(item.key()))
            continue;
        auto* conv = item.value()->as<Conv1DImpl>();
        auto lora =
            std::make_shared<LoraLayer>(conv->inFeatures(), conv->outFeatures(), loraOptionsFor(config, item.key()));
        lora->resetParameters(generator);
        conv->attachLora(std::move(lora));
    }
    selectTrainableParameters(model, Method::Lora);
    return targets;
}

std::vector<NamedLoraLayer> loraLayers(Gpt2ForSequenceClassification& model) {
    std::vector<NamedLoraLayer> out;
    for (const auto& item : model->named_modules()) {
        if (auto* conv = item.value()->as<Conv1DImpl>(); conv && conv->lora())
            out.push_back({item.key(), Conv1D(std::dynamic_pointer_cast<Conv1DImpl>(item.value()))});
    }
    return out;
}

void mergeLora(Gpt2ForSequenceClassification& model) {
    for (NamedLoraLayer& named : loraLayers(model))
        named.layer->mergeLora();
}

void unmergeLora(Gpt2ForSequenceClassification& model) {
    for (NamedLoraLayer& named : loraLayers(model))
        named.layer->unmergeLora();
}

} // namespace litetune
