// AdamW with the Trainer's decay groups. LibTorch's AdamW is the single-tensor form of
// torch.optim.AdamW (same math, docs/formats.md §6.3); amsgrad stays off.
#include "train/Optimization.h"

#include <set>

namespace litetune {

std::vector<NamedParameter> namedTrainableParameters(const torch::nn::Module& model) {
    std::vector<NamedParameter> out;
    for (const auto& item : model.named_parameters(/*recurse=*/true))
        if (item.value().requires_grad())
            out.push_back({item.key(), item.value()});
    return out;
}

bool decaysWeight(const torch::nn::Module& model, const std::string& parameterName) {
    if (parameterName.find("bias") != std::string::npos || parameterName.find("layernorm") != std::string::npos ||
        parameterName.find("rmsnorm") != std::string::npos)
        return false;
    const auto dot = parameterName.rfind('.');
    const std::string owner = dot == std::string::npos ? std::string() : parameterName.substr(0, dot);
    if (owner.empty())
        return !model.as<torch::nn::LayerNormImpl>();
    for (const auto& item : model.named_modules(/*name_prefix=*/"", /*include_self=*/false))
        if (item.key() == owner)
            return !item.value()->as<torch::nn::LayerNormImpl>();
    return true;
}

std::unique_ptr<FusedAdamW> makeAdamW(const torch::nn::Module& model, const AdamWSettings& s) {
    std::vector<torch::Tensor> decay, noDecay;
    for (const auto& p : namedTrainableParameters(model))
        (decaysWeight(model, p.name) ? decay : noDecay).push_back(p.tensor);
    const auto options = [&](double weightDecay) {
        return torch::optim::AdamWOptions(s.learningRate)
            .betas(std::make_tuple(s.beta1, s.beta2))
            .eps(s.eps)
            .weight_decay(weightDecay)
            .amsgrad(false);
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (!decay.empty())
        groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(options(s.weightDecay)));
    if (!noDecay.empty())
        groups.emplace_back(noDecay, std::make_unique<torch::optim::AdamWOptions>(options(0.0)));
    return std::make_unique<FusedAdamW>(groups, options(s.weightDecay));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double learningRate) {
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(learningRate);
}

} // namespace litetune

namespace litetune {

double clipGradients(const std::vector<torch::Tensor>& parameters, double maxNorm) {
    std::vector<torch::Tensor> norms;
    for (const auto& p : parameters)
        if (p.grad().defined())
            norms.push_back(p.grad().detach().to(torch::kFloat32).norm(2));
    if (norms.empty())
        return 0.0;
    const torch::Tensor total = torch::stack(norms).norm(2);
    if (maxNorm > 0.0) {
        const torch::Tensor coef = (maxNorm / (total + 1e-6)).clamp_max(1.0);
        for (const auto& p : parameters)
            if (p.grad().defined())
                p.grad().detach().mul_(coef.to(p.grad().dtype()));
    }
    return total.item<double>();
}

} // namespace litetune
