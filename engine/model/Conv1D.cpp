// Conv1D: see the header.
#include "model/Conv1D.h"

#include "util/Error.h"

namespace litetune {

Conv1DImpl::Conv1DImpl(std::int64_t inFeatures, std::int64_t outFeatures)
    : m_in(inFeatures)
    , m_out(outFeatures) {
    weight = register_parameter("weight", torch::zeros({inFeatures, outFeatures}));
    bias = register_parameter("bias", torch::zeros({outFeatures}));
}

torch::Tensor Conv1DImpl::forward(const torch::Tensor& x) {
    std::vector<std::int64_t> outShape = x.sizes().vec();
    outShape.back() = m_out;
    torch::Tensor y = torch::addmm(bias, x.reshape({-1, m_in}), weight).view(outShape);
    if (m_lora && !m_lora->merged())
        y = y + m_lora->forward(x, is_training()).to(y.scalar_type());
    return y;
}

void Conv1DImpl::attachLora(std::shared_ptr<LoraLayer> lora) {
    if (m_lora)
        throwFailure("a LoRA branch is already attached to this layer");
    if (!lora || lora->inFeatures() != m_in || lora->outFeatures() != m_out)
        throwFailure("LoRA branch shape does not match the layer it is attached to");
    // PEFT keeps the factors on the base layer's device and in its dtype.
    lora->loraA()->to(weight.device(), weight.scalar_type());
    lora->loraB()->to(weight.device(), weight.scalar_type());
    register_module("lora_A", lora->loraA());
    register_module("lora_B", lora->loraB());
    m_lora = std::move(lora);
}

void Conv1DImpl::mergeLora() {
    if (!m_lora || m_lora->merged())
        return;
    torch::NoGradGuard noGrad;
    const torch::Tensor merged = weight + m_lora->deltaWeight().to(weight.scalar_type());
    if (!torch::isfinite(merged).all().item<bool>())
        throwFailure("merging the LoRA weights produced non-finite values; the adapter is broken");
    weight.copy_(merged); // safe_merge: checked on a copy first
    m_lora->setMerged(true);
}

void Conv1DImpl::unmergeLora() {
    if (!m_lora || !m_lora->merged())
        return;
    torch::NoGradGuard noGrad;
    weight.sub_(m_lora->deltaWeight().to(weight.scalar_type()));
    m_lora->setMerged(false);
}

torch::Tensor Conv1DImpl::effectiveWeight() const {
    if (!m_lora || m_lora->merged())
        return weight;
    torch::NoGradGuard noGrad;
    return (weight.to(torch::kFloat32) + m_lora->deltaWeight()).to(weight.scalar_type());
}

} // namespace litetune
