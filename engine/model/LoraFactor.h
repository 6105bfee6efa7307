// LoraFactor: one factor of LoRA's low-rank product (lora_A or lora_B), a bias-free linear
// y = x · Wᵀ with weight [out, in] in nn.Linear layout, as PEFT stores both factors regardless of
// fan_in_fan_out. It does not initialise itself from the global RNG (torch::nn::Linear would, and
// so shift every later random stream); LoraLayer draws its values from a seeded generator.
// Reference: huggingface/peft src/peft/tuners/lora/layer.py (update_layer: nn.Linear(..., bias=False)).
#pragma once

#include <torch/nn.h>

#include <cstdint>

namespace litetune {

class LoraFactorImpl : public torch::nn::Module {
public:
    LoraFactorImpl(std::int64_t inFeatures, std::int64_t outFeatures);

    torch::Tensor forward(const torch::Tensor& x) const; // (..., in) -> (..., out)

    torch::Tensor weight; // [out, in], zeros until LoraLayer::resetParameters
};
TORCH_MODULE(LoraFactor);

} // namespace litetune
