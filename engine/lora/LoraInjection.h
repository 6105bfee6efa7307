// LoraInjection: puts LoRA into a GPT-2 as PEFT's get_peft_model does — finds the target layers by
// PEFT's name rules, attaches a freshly initialised branch (LoraLayer) to each targeted Conv1D,
// freezes every base parameter and trains the branches plus `score` (SEQ_CLS modules_to_save);
// merges and unmerges them. Deliberately not here: saving/loading (lora/PeftAdapter), optimizers.
// Targets: a list matches a module name exactly or as a dotted suffix ("c_attn" → every
// transformer.h.N.attn.c_attn; "c_proj" → attn.c_proj and mlp.c_proj; "mlp.c_proj" → only the
// MLP's); a string is a full-match regular expression; "all-linear" is every Conv1D. Only Conv1D
// layers can be wrapped (c_attn, attn.c_proj, mlp.c_fc, mlp.c_proj).
// Reference: huggingface/peft src/peft/tuners/tuners_utils.py (check_target_module_exists,
// inject_adapter), src/peft/tuners/lora/model.py (_create_and_replace, rank_pattern/alpha_pattern).
#pragma once

#include "lora/LoraConfig.h"
#include "model/Gpt2.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

// Module names (e.g. "transformer.h.0.attn.c_attn") of the layers `config` targets, in model
// order. BadInput when a target matches nothing or matches a layer that is not a Conv1D.
std::vector<std::string> loraTargetModules(Gpt2ForSequenceClassification& model, const LoraConfig& config);

// The rank, alpha, dropout and rsLoRA flag the layer `module` gets under `config`: rank_pattern
// and alpha_pattern where a key matches (PEFT: re.match(r"(.*\.)?(KEY)$", module)), else r, lora_alpha.
LoraLayerOptions loraOptionsFor(const LoraConfig& config, const std::string& module);

// Attaches a branch (rank/alpha from rank_pattern/alpha_pattern where they match, else r and
// lora_alpha) to every targeted layer, A drawn from `seed`, B = 0, and marks LoRA + score as the
// only trainable parameters. Returns the wrapped module names. Failure if LoRA is already attached.
std::vector<std::string> applyLora(Gpt2ForSequenceClassification& model, const LoraConfig& config, std::uint64_t seed);

struct NamedLoraLayer {
    std::string module; // "transformer.h.0.attn.c_attn"
    Conv1D layer;       // its lora() is set
};
// The layers carrying a LoRA branch, in model order.
std::vector<NamedLoraLayer> loraLayers(Gpt2ForSequenceClassification& model);

// W += (B·A)ᵀ·scaling on every branch (forward then skips the branch), and back.
void mergeLora(Gpt2ForSequenceClassification& model);
void unmergeLora(Gpt2ForSequenceClassification& model);

} // namespace litetune
