// Conv1D: GPT-2's linear layer in its original TensorFlow layout, weight [in, out] and bias [out],
// y = x · W + b computed with one fused addmm (Hugging Face's operand order, for bit parity).
// A LoRA branch can be attached in place: PEFT wraps the Conv1D in a lora.Linear that holds it as
// base_layer; here the branch's factors are registered on the Conv1D itself under PEFT's names
// (c_attn.lora_A.weight, c_attn.lora_B.weight), so the frozen base weight and bias stay the very
// same tensors under their Hugging Face names (shared with the base model, never copied) and the
// adapter keys are PEFT's file keys minus the "base_model.model." prefix.
// It deliberately does not initialise its weights (zeros): Gpt2Init or a checkpoint fills them.
// Reference: huggingface/transformers src/transformers/pytorch_utils.py (Conv1D); docs/formats.md §1.3, §2.
#pragma once

#include "model/LoraLayer.h"

#include <torch/nn.h>

#include <cstdint>
#include <memory>

namespace litetune {

class Conv1DImpl : public torch::nn::Module {
public:
    Conv1DImpl(std::int64_t inFeatures, std::int64_t outFeatures);

    torch::Tensor forward(const torch::Tensor& x); // (..., in) -> (..., out)

    std::int64_t inFeatures() const { return m_in; }
    std::int64_t outFeatures() const { return m_out; }

    // Attaches a LoRA branch (once; a second call is an error). Its factors move with the module.
    void attachLora(std::shared_ptr<LoraLayer> lora);
    const std::shared_ptr<LoraLayer>& lora() const { return m_lora; }

    // W += (B·A)ᵀ·scaling and back (PEFT's merge/unmerge); no-ops when already in that state.
    void mergeLora();
    void unmergeLora();

    // The weight a plain Conv1D would need to compute what this one computes: W itself without
    // an unmerged branch, else a new tensor W + delta. Never modifies W.
    torch::Tensor effectiveWeight() const;

    torch::Tensor weight; // [in, out]
    torch::Tensor bias;   // [out]

private:
    std::int64_t m_in;
    std::int64_t m_out;
    std::shared_ptr<LoraLayer> m_lora;
};
TORCH_MODULE(Conv1D);

} // namespace litetune
