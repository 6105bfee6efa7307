// LoraFactor: see the header.
#include "model/LoraFactor.h"

namespace litetune {

LoraFactorImpl::LoraFactorImpl(std::int64_t inFeatures, std::int64_t outFeatures) {
    weight = register_parameter("weight", torch::zeros({outFeatures, inFeatures}));
}

torch::Tensor LoraFactorImpl::forward(const torch::Tensor& x) const {
    return torch::nn::functional::linear(x, weight);
}

} // namespace litetune
