// LoraConfig: a PEFT LoraConfig as plain values, and its adapter_config.json form. Writing gives
// PEFT's key set for a GPT-2 SEQ_CLS adapter, sorted, indent 2, no trailing newline (PEFT's
// json.dumps(..., indent=2, sort_keys=True)); reading accepts any PEFT version's file: unknown keys
// are ignored, missing ones take PEFT's defaults, and only peft_type is required. Torch-free.
// Deliberately rejected when read: peft_type other than LORA, use_dora, lora_bias, bias values
// other than none/all/lora_only (they change the computation in ways LiteTune does not implement),
// and regular expressions (target_modules as a string, rank_pattern/alpha_pattern keys) that are
// invalid, longer than 2048 characters or nested deeper than 128 groups.
// Reference: huggingface/peft src/peft/tuners/lora/config.py, src/peft/config.py
// (save_pretrained, from_pretrained, MIN_EXPECTED_CONFIG_KEYS); docs/formats.md §2.6.
#pragma once

#include "api/TrainConfig.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace litetune {

struct LoraConfig {
    std::int64_t r = 8;
    double loraAlpha = 8.0;
    double loraDropout = 0.0;
    // PEFT: a list matches module names by suffix ("c_proj" = attn.c_proj and mlp.c_proj); a
    // string is a full-match regular expression, "all-linear" every Conv1D. targetRegex non-empty
    // means the string form.
    std::vector<std::string> targetModules{"c_attn"};
    std::string targetRegex;
    bool useRslora = false;
    std::string baseModelNameOrPath; // empty: null
    std::string revision;            // empty: null
    std::string taskType = "SEQ_CLS";
    std::string bias = "none";
    bool fanInFanOut = true; // PEFT forces true for GPT-2's Conv1D
    bool initLoraWeights = true;
    std::vector<std::string> modulesToSave{"classifier", "score"};
    std::vector<std::int64_t> layersToTransform; // empty: every layer
    std::string layersPattern;                   // empty: null ("h" for GPT-2)
    std::map<std::string, std::int64_t> rankPattern;
    std::map<std::string, double> alphaPattern;
};

// The adapter a training run's LoRA settings describe, for the base model `baseModel`.
LoraConfig loraConfigFromSettings(const LoraSettings& settings, const std::string& baseModel);

// Parses adapter_config.json text; `source` names the file in errors (BadInput).
LoraConfig parseLoraConfig(const std::string& json, const std::string& source);
LoraConfig readLoraConfig(const std::filesystem::path& adapterConfigJson);

// PEFT's adapter_config.json for `config` (inference_mode true).
std::string loraConfigToJson(const LoraConfig& config);

// A PEFT pattern (a target_modules string, a rank_pattern/alpha_pattern key in its matching form)
// compiled as LiteTune matches it: ECMAScript, in libstdc++'s polynomial-time mode, because the
// default backtracking matcher takes exponential time on nested quantifiers such as "(.*)*(.*)*x".
// Throws std::regex_error for an invalid pattern. parseLoraConfig has already refused patterns
// longer than kMaxLoraPatternBytes or nested deeper than kMaxLoraPatternDepth, which would
// overflow the stack of std::regex's recursive compiler.
std::regex compileLoraRegex(const std::string& pattern);
inline constexpr std::size_t kMaxLoraPatternBytes = 2048;
inline constexpr int kMaxLoraPatternDepth = 128;

// PEFT's rank_pattern/alpha_pattern matching form of a key: re.match(r"(.*\.)?(KEY)$", module).
std::string loraPatternKeyRegex(const std::string& key);

} // namespace litetune
