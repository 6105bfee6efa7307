// Gpt2Init: see the header.
#include "model/Gpt2Init.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <string>

namespace litetune {

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void drawNormal(torch::Tensor& parameter, double std, at::Generator& generator) {
    const torch::Tensor values = torch::empty(parameter.sizes(), torch::kFloat32).normal_(0.0, std, generator);
    parameter.copy_(values);
}

} // namespace

void initGpt2Weights(Gpt2ForSequenceClassification& model, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    at::Generator generator = at::detail::createCPUGenerator(seed);
    const ModelConfig& config = model->config();
    const double range = config.initializerRange;
    const double projRange = range / std::sqrt(2.0 * static_cast<double>(config.nLayer));
    for (auto& item : model->named_parameters(/*recurse=*/true)) {
        const std::string& name = item.key();
        torch::Tensor& parameter = item.value();
        if (name.find(".lora_") != std::string::npos)
            continue;
        if (endsWith(name, ".bias"))
            parameter.zero_();
        else if (name.find(".ln_") != std::string::npos)
            parameter.fill_(1.0);
        else if (endsWith(name, "c_proj.weight"))
            drawNormal(parameter, projRange, generator);
        else
            drawNormal(parameter, range, generator);
    }
}

void initScoreHead(Gpt2ForSequenceClassification& model, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    at::Generator generator = at::detail::createCPUGenerator(seed);
    drawNormal(model->score()->weight, model->config().initializerRange, generator);
}

} // namespace litetune
