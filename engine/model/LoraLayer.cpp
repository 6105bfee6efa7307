// LoraLayer: see the header.
#include "model/LoraLayer.h"

#include "util/Error.h"

#include <cmath>
#include <string>

namespace litetune {

LoraLayer::LoraLayer(std::int64_t inFeatures, std::int64_t outFeatures, const LoraLayerOptions& options)
    : m_in(inFeatures)
    , m_out(outFeatures)
    , m_options(options)
    , m_scaling(0.0)
    , m_a(nullptr)
    , m_b(nullptr) {
    if (options.r <= 0)
        throwBadInput("LoRA rank r must be a positive integer, got " + std::to_string(options.r));
    if (!(options.dropout >= 0.0 && options.dropout < 1.0))
        throwBadInput("LoRA dropout must lie in [0, 1), got " + std::to_string(options.dropout));
    if (!std::isfinite(options.alpha))
        throwBadInput("LoRA alpha must be a finite number");
    const double r = static_cast<double>(options.r);
    m_scaling = options.rslora ? options.alpha / std::sqrt(r) : options.alpha / r;
    m_a = LoraFactor(inFeatures, options.r);
    m_b = LoraFactor(options.r, outFeatures);
}

void LoraLayer::resetParameters(at::Generator& generator) {
    torch::NoGradGuard noGrad;
    // kaiming_uniform_(a=√5) on [r, in]: gain √(2/(1+5)), bound = gain·√(3/fan_in) = 1/√in.
    const double bound = 1.0 / std::sqrt(static_cast<double>(m_in));
    const torch::Tensor a = torch::empty({m_options.r, m_in}, torch::kFloat32).uniform_(-bound, bound, generator);
    m_a->weight.copy_(a);
    m_b->weight.zero_();
}

torch::Tensor LoraLayer::forward(const torch::Tensor& x, bool training) const {
    torch::Tensor input = x.to(m_a->weight.scalar_type());
    if (training && m_options.dropout > 0.0)
        input = torch::dropout(input, m_options.dropout, /*train=*/true);
    return m_b->forward(m_a->forward(input)) * m_scaling;
}

torch::Tensor LoraLayer::deltaWeight() const {
    const torch::Tensor product = torch::matmul(m_b->weight.to(torch::kFloat32), m_a->weight.to(torch::kFloat32));
    return product.t() * m_scaling; // [out, in] -> [in, out], Conv1D's layout
}

} // namespace litetune
