// Dynamic loss scaling. Reference: torch/amp/grad_scaler.py (_amp_update_scale_ semantics).
#include "train/LossScaler.h"

namespace litetune {

LossScaler::LossScaler(bool enabled, double scale, std::int64_t stepsSinceChange)
    : m_enabled(enabled)
    , m_scale(scale > 0.0 ? scale : 65536.0)
    , m_stepsSinceChange(stepsSinceChange) {}

void LossScaler::unscale(const std::vector<torch::Tensor>& parameters) const {
    if (!m_enabled)
        return;
    for (const auto& p : parameters)
        if (p.grad().defined())
            p.grad().detach().div_(m_scale);
}

bool LossScaler::update(bool gradientsFinite) {
    if (!m_enabled)
        return gradientsFinite;
    if (!gradientsFinite) {
        m_scale *= 0.5;
        m_stepsSinceChange = 0;
        return false;
    }
    if (++m_stepsSinceChange >= 2000) {
        m_scale *= 2.0;
        m_stepsSinceChange = 0;
    }
    return true;
}

} // namespace litetune
