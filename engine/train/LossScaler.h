// LossScaler: dynamic loss scaling for fp16 autocast on CUDA (LibTorch's C++ API has no
// GradScaler): the loss is multiplied by the scale before backward, gradients divided by it
// before clipping; a non-finite gradient skips the update and halves the scale, 2000 clean steps
// double it. Disabled (scale 1, never skips) for fp32 and bf16, whose range needs no scaling.
// Reference: PyTorch torch/amp/grad_scaler.py (init_scale 2^16, growth 2, backoff 0.5, interval 2000).
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace litetune {

class LossScaler {
public:
    LossScaler(bool enabled, double scale, std::int64_t stepsSinceChange);

    bool enabled() const { return m_enabled; }
    double scale() const { return m_enabled ? m_scale : 1.0; }
    std::int64_t stepsSinceChange() const { return m_stepsSinceChange; }

    // Divides gradients by the scale (no-op when disabled).
    void unscale(const std::vector<torch::Tensor>& parameters) const;
    // After unscaling and measuring the norm: true when the optimizer may step. Adjusts the scale.
    bool update(bool gradientsFinite);

private:
    bool m_enabled;
    double m_scale;
    std::int64_t m_stepsSinceChange;
};

} // namespace litetune
