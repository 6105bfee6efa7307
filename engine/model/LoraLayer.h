// LoraLayer: the low-rank branch PEFT adds beside a frozen Conv1D-style linear:
//   out = base(x) + lora_B(lora_A(dropout(x))) · scaling,   scaling = alpha / r (rsLoRA: alpha / √r),
// with lora_A [r, in] ~ kaiming_uniform(a=√5) = U(±1/√in) and lora_B [out, r] = 0, so the branch is
// a no-op at step 0. Dropout touches the branch input only. The merged form is the Conv1D weight
// W' = W + (B·A)ᵀ · scaling ([in, out]: fan_in_fan_out = true, as PEFT forces for GPT-2's Conv1D).
// It deliberately holds no base weight: Conv1D owns W and b (the very tensors of the base model),
// registers this layer's factors under PEFT's names (lora_A, lora_B) and does the merge itself.
// Not supported: DoRA, lora_bias, init methods other than PEFT's default.
// Reference: huggingface/peft src/peft/tuners/lora/layer.py (LoraLayer.update_layer,
// reset_lora_parameters, Linear.forward, get_delta_weight); docs/formats.md §2.
#pragma once

#include "model/LoraFactor.h"

#include <ATen/core/Generator.h>
#include <torch/types.h>

#include <cstdint>

namespace litetune {

struct LoraLayerOptions {
    std::int64_t r = 8;
    double alpha = 8.0;
    double dropout = 0.0;
    bool rslora = false; // scaling alpha / sqrt(r) instead of alpha / r
};

class LoraLayer {
public:
    LoraLayer(std::int64_t inFeatures, std::int64_t outFeatures, const LoraLayerOptions& options);

    // PEFT's init_lora_weights=true: A ~ U(±1/√in), B = 0, drawn on the CPU in float32 from
    // `generator` and copied in, so the values do not depend on device or dtype.
    void resetParameters(at::Generator& generator);

    // The branch's contribution lora_B(lora_A(dropout(x))) · scaling, (..., in) -> (..., out), in the
    // factors' dtype; dropout only when `training`.
    torch::Tensor forward(const torch::Tensor& x, bool training) const;

    // (B·A)ᵀ · scaling as a float32 [in, out] tensor on the factors' device (PEFT computes the
    // product in float32 for half-precision adapters too).
    torch::Tensor deltaWeight() const;

    // Holders share the module: Conv1D registers them and optimizers reach their weights.
    LoraFactor loraA() const { return m_a; }
    LoraFactor loraB() const { return m_b; }
    std::int64_t rank() const { return m_options.r; }
    double alpha() const { return m_options.alpha; }
    double dropout() const { return m_options.dropout; }
    bool rslora() const { return m_options.rslora; }
    double scaling() const { return m_scaling; }
    std::int64_t inFeatures() const { return m_in; }
    std::int64_t outFeatures() const { return m_out; }

    bool merged() const { return m_merged; }
    void setMerged(bool merged) { m_merged = merged; }

private:
    std::int64_t m_in;
    std::int64_t m_out;
    LoraLayerOptions m_options;
    double m_scaling;
    LoraFactor m_a; // lora_A: [r, in]
    LoraFactor m_b; // lora_B: [out, r]
    bool m_merged = false;
};

} // namespace litetune
