// Fuzzes adapter_config.json parsing (PEFT's LoraConfig, torch-free): any bytes give a LoraConfig
// or a litetune::Error. An accepted config must hold what the reader promises (a rank in range, a
// dropout in [0, 1), some target) and must survive LiteTune's own writer: what loraConfigToJson
// writes parses back to the same values, or LiteTune could save adapters it cannot reload. Its
// regular expressions are matched against GPT-2 module names as LoraInjection matches them, so a
// pattern that crashes std::regex or backtracks for ages is a finding here, not in a user's run.
// Deliberately not here: building a model and reading the adapter's tensors (lora/PeftAdapter, LoRA
// injection), which need LibTorch; fuzz_safetensors covers the tensor file.
#include "lora/LoraConfig.h"
#include "util/Error.h"

#include <cstdint>
#include <regex>
#include <string>
#include <vector>

namespace {

bool sameConfig(const litetune::LoraConfig& a, const litetune::LoraConfig& b) {
    return a.r == b.r && a.loraAlpha == b.loraAlpha && a.loraDropout == b.loraDropout &&
           a.targetModules == b.targetModules && a.targetRegex == b.targetRegex && a.useRslora == b.useRslora &&
           a.baseModelNameOrPath == b.baseModelNameOrPath && a.revision == b.revision && a.taskType == b.taskType &&
           a.bias == b.bias && a.initLoraWeights == b.initLoraWeights && a.modulesToSave == b.modulesToSave &&
           a.layersToTransform == b.layersToTransform && a.layersPattern == b.layersPattern &&
           a.rankPattern == b.rankPattern && a.alphaPattern == b.alphaPattern;
}

const char* const kModules[] = {"transformer.h.0.attn.c_attn", "transformer.h.11.attn.c_proj",
                                "transformer.h.3.mlp.c_fc", "transformer.h.47.mlp.c_proj", "score"};

// Every pattern the config holds, in the form LoraInjection compiles, matched against kModules.
void matchPatterns(const litetune::LoraConfig& config) {
    std::vector<std::string> patterns;
    if (!config.targetRegex.empty() && config.targetRegex != "all-linear")
        patterns.push_back(config.targetRegex);
    for (const auto& item : config.rankPattern)
        patterns.push_back(litetune::loraPatternKeyRegex(item.first));
    for (const auto& item : config.alphaPattern)
        patterns.push_back(litetune::loraPatternKeyRegex(item.first));
    for (const std::string& pattern : patterns) {
        const std::regex regex = litetune::compileLoraRegex(pattern); // accepted, so it must compile
        for (const char* module : kModules)
            (void)std::regex_match(module, regex);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    litetune::LoraConfig config;
    try {
        config = litetune::parseLoraConfig(text, "fuzz/adapter_config.json");
    } catch (const litetune::Error&) {
        return 0;
    }
    if (config.r < 1 || !(config.loraDropout >= 0.0 && config.loraDropout < 1.0))
        __builtin_trap();
    if (config.targetModules.empty() == config.targetRegex.empty())
        __builtin_trap(); // exactly one of the list and the regular expression
    matchPatterns(config);
    // Our own file must read back; a throw here escapes and libFuzzer reports it.
    const litetune::LoraConfig again = litetune::parseLoraConfig(litetune::loraConfigToJson(config), "fuzz/rewritten");
    if (!sameConfig(config, again))
        __builtin_trap();
    return 0;
}
