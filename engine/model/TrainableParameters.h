// TrainableParameters: which parameters a fine-tuning method trains, and the counts as PEFT's
// print_trainable_parameters reports them.
//   Full     every parameter               Lora    lora_A/lora_B + score (PEFT modules_to_save)
//   Head     score.weight only             BitFit  every bias + score (Ben Zaken et al., 2021)
//   Evaluate nothing
// Deliberately does not build optimizers or parameter groups (the trainer does).
// Reference: huggingface/peft src/peft/peft_model.py (get_nb_trainable_parameters),
// src/peft/tuners/tuners_utils.py (_mark_only_adapters_as_trainable); docs/formats.md §2.1, §2.5.
#pragma once

#include "api/TrainConfig.h"
#include "model/Gpt2.h"

#include <cstdint>
#include <vector>

namespace litetune {

// Sets requires_grad on every parameter for `method`. Lora needs LoRA branches attached (applyLora)
// and throws Failure otherwise.
void selectTrainableParameters(Gpt2ForSequenceClassification& model, Method method);

// The parameters with requires_grad, in registration order (for the optimizer).
std::vector<torch::Tensor> trainableParameters(Gpt2ForSequenceClassification& model);

struct ParameterCount {
    std::int64_t trainable = 0;
    std::int64_t total = 0;
};

// PEFT's count: trainable = numel of parameters requiring grad; total = numel of all parameters,
// and, when LoRA branches are attached, once more score.weight's numel, because PEFT's
// ModulesToSaveWrapper keeps a frozen original_module copy of the head beside the trained one.
// GPT-2 124M: full = 124,439,808 + 768·labels; LoRA r=8 on c_attn trains 294,912 + 768·labels.
ParameterCount countParameters(Gpt2ForSequenceClassification& model);
// The same for a causal LM (GPT2LMHeadModel, PEFT CAUSAL_LM): every parameter but the unused
// classification head; the LM head is wte, counted once.
ParameterCount countLanguageModelParameters(Gpt2ForSequenceClassification& model);

} // namespace litetune
