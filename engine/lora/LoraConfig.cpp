// LoraConfig: see the header.
#include "lora/LoraConfig.h"

#include "util/Error.h"
#include "util/JsonFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace litetune {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxConfigBytes = 4 * 1024 * 1024;
constexpr std::int64_t kMaxRank = 65536;

class Reader {
public:
    Reader(const json& object, std::string source)
        : m_object(object)
        , m_source(std::move(source)) {}

    // The field, or nullptr when absent or null (PEFT's default then applies).
    const json* find(const char* key) const {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    [[noreturn]] void fail(const char* key, const std::string& expected, const json& found) const {
        throwBadInput(m_source + ": field " + key + " must be " + expected + ", found " + jsonTypeName(found) +
                      (found.is_primitive() ? " " + found.dump() : std::string()));
    }

    std::string text(const char* key, const std::string& fallback) const {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_string())
            fail(key, "a string", *v);
        return v->get<std::string>();
    }

    bool flag(const char* key, bool fallback) const {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            fail(key, "true or false", *v);
        return v->get<bool>();
    }

    double number(const char* key, double fallback) const {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_number() || !std::isfinite(v->get<double>()))
            fail(key, "a number", *v);
        return v->get<double>();
    }

    std::int64_t integer(const char* key, std::int64_t fallback, std::int64_t low, std::int64_t high) const {
        const json* v = find(key);
        if (!v)
            return fallback;
        return integerValue(key, *v, low, high);
    }

    std::int64_t integerValue(const char* key, const json& v, std::int64_t low, std::int64_t high) const {
        if (!v.is_number_integer() || v.get<std::int64_t>() < low || v.get<std::int64_t>() > high)
            fail(key, "an integer in [" + std::to_string(low) + ", " + std::to_string(high) + "]", v);
        return v.get<std::int64_t>();
    }

    std::vector<std::string> strings(const char* key, const json& v) const {
        if (!v.is_array())
            fail(key, "a list of strings", v);
        std::vector<std::string> out;
        for (const json& item : v) {
            if (!item.is_string())
                fail(key, "a list of strings", item);
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    const std::string& source() const { return m_source; }

private:
    const json& m_object;
    std::string m_source;
};

// Refuses (BadInput naming the file and field) a pattern LiteTune could not compile safely.
void checkPattern(const std::string& source, const char* field, const std::string& shown, const std::string& regex) {
    if (shown.size() > kMaxLoraPatternBytes)
        throwBadInput(source + ": field " + field + " holds a regular expression of " + std::to_string(shown.size()) +
                      " characters; LiteTune accepts up to " + std::to_string(kMaxLoraPatternBytes));
    int depth = 0;
    int deepest = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (shown[i] == '\\')
            ++i; // an escaped character opens no group
        else if (shown[i] == '(')
            deepest = std::max(deepest, ++depth);
        else if (shown[i] == ')')
            depth = std::max(0, depth - 1);
    }
    if (deepest > kMaxLoraPatternDepth)
        throwBadInput(source + ": field " + field + " holds a regular expression nested " + std::to_string(deepest) +
                      " groups deep; LiteTune accepts up to " + std::to_string(kMaxLoraPatternDepth));
    try {
        compileLoraRegex(regex);
    } catch (const std::regex_error&) {
        throwBadInput(source + ": field " + field + " holds " + jsonQuoted(shown) +
                      ", which is not a regular expression LiteTune can use (ECMAScript, no back-references)");
    }
}

json nullable(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

// Python writes an int lora_alpha as 8, a float one as 8.5.
json numberLikePython(double value) {
    if (std::floor(value) == value && std::fabs(value) < 9.0e15)
        return json(static_cast<std::int64_t>(value));
    return json(value);
}

} // namespace

LoraConfig loraConfigFromSettings(const LoraSettings& settings, const std::string& baseModel) {
    LoraConfig config;
    config.r = settings.r;
    config.loraAlpha = settings.alpha;
    config.loraDropout = settings.dropout;
    config.targetModules = settings.targets;
    config.useRslora = settings.rslora;
    config.baseModelNameOrPath = baseModel;
    return config;
}

namespace {

LoraConfig fromJson(const json& document, const std::string& source) {
    if (!document.is_object())
        throwBadInput(source + " must hold a JSON object, found " + jsonTypeName(document));
    const Reader in(document, source);
    LoraConfig config;

    const json* peftType = in.find("peft_type");
    if (!peftType)
        throwBadInput(source + " has no peft_type field; it is not a PEFT adapter config");
    if (!peftType->is_string())
        in.fail("peft_type", "a string", *peftType);
    if (peftType->get<std::string>() != "LORA")
        throwBadInput(source + ": peft_type is " + jsonQuoted(peftType->get<std::string>()) +
                      ", but LiteTune reads LoRA adapters only (peft_type \"LORA\")");
    if (in.flag("use_dora", false))
        throwBadInput(source + ": use_dora is true, but LiteTune does not implement DoRA adapters");
    if (in.flag("lora_bias", false))
        throwBadInput(source + ": lora_bias is true, but LiteTune does not implement LoRA bias terms");

    config.r = in.integer("r", config.r, 1, kMaxRank);
    config.loraAlpha = in.number("lora_alpha", config.loraAlpha);
    config.loraDropout = in.number("lora_dropout", config.loraDropout);
    if (config.loraDropout < 0.0 || config.loraDropout >= 1.0)
        in.fail("lora_dropout", "a number in [0, 1)", document.at("lora_dropout"));
    config.useRslora = in.flag("use_rslora", false);
    config.baseModelNameOrPath = in.text("base_model_name_or_path", "");
    config.revision = in.text("revision", "");
    config.taskType = in.text("task_type", "");
    config.bias = in.text("bias", "none");
    if (config.bias != "none" && config.bias != "all" && config.bias != "lora_only")
        throwBadInput(source + ": field bias must be \"none\", \"all\" or \"lora_only\", found " +
                      jsonQuoted(config.bias));
    in.flag("fan_in_fan_out", true); // type-checked only: PEFT forces true for GPT-2's Conv1D
    config.fanInFanOut = true;
    if (const json* init = in.find("init_lora_weights"))
        config.initLoraWeights = !(init->is_boolean() && !init->get<bool>());

    if (const json* targets = in.find("target_modules")) {
        if (targets->is_string()) {
            config.targetModules.clear();
            config.targetRegex = targets->get<std::string>();
            if (config.targetRegex.empty())
                in.fail("target_modules", "a non-empty string or a list of strings", *targets);
        } else {
            config.targetModules = in.strings("target_modules", *targets);
            if (config.targetModules.empty())
                in.fail("target_modules", "a non-empty list of module names", *targets);
        }
    }
    config.modulesToSave.clear();
    if (const json* modules = in.find("modules_to_save"))
        config.modulesToSave = in.strings("modules_to_save", *modules);
    if (const json* layers = in.find("layers_to_transform")) {
        if (layers->is_array()) {
            for (const json& layer : *layers)
                config.layersToTransform.push_back(in.integerValue("layers_to_transform", layer, 0, 100000));
        } else {
            config.layersToTransform.push_back(in.integerValue("layers_to_transform", *layers, 0, 100000));
        }
    }
    if (const json* pattern = in.find("layers_pattern")) {
        if (pattern->is_string())
            config.layersPattern = pattern->get<std::string>();
        else if (pattern->is_array() && pattern->size() == 1 && pattern->front().is_string())
            config.layersPattern = pattern->front().get<std::string>();
        else
            in.fail("layers_pattern", "a string", *pattern);
    }
    if (const json* ranks = in.find("rank_pattern")) {
        if (!ranks->is_object())
            in.fail("rank_pattern", "an object", *ranks);
        for (const auto& [key, value] : ranks->items())
            config.rankPattern[key] = in.integerValue("rank_pattern", value, 1, kMaxRank);
    }
    if (const json* alphas = in.find("alpha_pattern")) {
        if (!alphas->is_object())
            in.fail("alpha_pattern", "an object", *alphas);
        for (const auto& [key, value] : alphas->items()) {
            if (!value.is_number())
                in.fail("alpha_pattern", "an object of numbers", value);
            config.alphaPattern[key] = value.get<double>();
        }
    }
    if (!config.targetRegex.empty() && config.targetRegex != "all-linear")
        checkPattern(source, "target_modules", config.targetRegex, config.targetRegex);
    for (const auto& item : config.rankPattern)
        checkPattern(source, "rank_pattern", item.first, loraPatternKeyRegex(item.first));
    for (const auto& item : config.alphaPattern)
        checkPattern(source, "alpha_pattern", item.first, loraPatternKeyRegex(item.first));
    if (config.taskType == "SEQ_CLS") {
        // PeftModelForSequenceClassification appends these at load time, so a re-save has them.
        for (const char* head : {"classifier", "score"})
            if (std::find(config.modulesToSave.begin(), config.modulesToSave.end(), head) == config.modulesToSave.end())
                config.modulesToSave.push_back(head);
    }
    return config;
}

} // namespace

// Patterns come from adapter_config.json files of unknown origin: libstdc++'s polynomial mode
// (no backreferences) bounds the matching time that a backtracking engine would let a crafted
// pattern blow up. No other standard library offers it, so none is accepted.
#ifndef __GLIBCXX__
#error "LiteTune needs libstdc++ (GCC's standard library): adapter patterns rely on its polynomial regex mode"
#endif
std::regex compileLoraRegex(const std::string& pattern) {
    return std::regex(pattern, std::regex::ECMAScript | std::regex_constants::__polynomial);
}

std::string loraPatternKeyRegex(const std::string& key) {
    return "(.*\\.)?(" + key + ")$";
}

LoraConfig parseLoraConfig(const std::string& text, const std::string& source) {
    return fromJson(parseJsonText(text, source), source);
}

LoraConfig readLoraConfig(const std::filesystem::path& adapterConfigJson) {
    return fromJson(readJsonFile(adapterConfigJson, kMaxConfigBytes), adapterConfigJson.string());
}

std::string loraConfigToJson(const LoraConfig& config) {
    json out = json::object();
    json alphas = json::object();
    for (const auto& [key, value] : config.alphaPattern)
        alphas[key] = numberLikePython(value);
    json ranks = json::object();
    for (const auto& [key, value] : config.rankPattern)
        ranks[key] = value;
    out["alpha_pattern"] = alphas;
    out["auto_mapping"] = nullptr;
    out["base_model_name_or_path"] = nullable(config.baseModelNameOrPath);
    out["bias"] = config.bias;
    out["fan_in_fan_out"] = true;
    out["inference_mode"] = true;
    out["init_lora_weights"] = config.initLoraWeights;
    out["layers_pattern"] = nullable(config.layersPattern);
    out["layers_to_transform"] = config.layersToTransform.empty() ? json(nullptr) : json(config.layersToTransform);
    out["lora_alpha"] = numberLikePython(config.loraAlpha);
    out["lora_dropout"] = config.loraDropout;
    out["modules_to_save"] = config.modulesToSave.empty() ? json(nullptr) : json(config.modulesToSave);
    out["peft_type"] = "LORA";
    out["r"] = config.r;
    out["rank_pattern"] = ranks;
    out["revision"] = nullable(config.revision);
    out["target_modules"] = config.targetRegex.empty() ? json(config.targetModules) : json(config.targetRegex);
    out["task_type"] = nullable(config.taskType);
    out["use_rslora"] = config.useRslora;
    return out.dump(2, ' ', /*ensure_ascii=*/true,
                    nlohmann::json::error_handler_t::replace); // Python's json.dumps escapes non-ASCII
}

} // namespace litetune
