// TrainableParameters: see the header.
#include "model/TrainableParameters.h"

#include "util/Error.h"

#include <string>

namespace litetune {

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool trainsUnder(Method method, const std::string& name) {
    const bool head = name == "score.weight";
    const bool lora = name.find(".lora_A.") != std::string::npos || name.find(".lora_B.") != std::string::npos;
    switch (method) {
    case Method::Full:
        return true;
    case Method::Lora:
        return lora || head;
    case Method::Head:
        return head;
    case Method::BitFit:
        return head || (!lora && endsWith(name, ".bias"));
    case Method::Evaluate:
        return false;
    }
    return false;
}

} // namespace

void selectTrainableParameters(Gpt2ForSequenceClassification& model, Method method) {
    bool haveLora = false;
    for (auto& item : model->named_parameters(/*recurse=*/true))
        haveLora = haveLora || item.key().find(".lora_") != std::string::npos;
    if (method == Method::Lora && !haveLora)
        throwFailure("the LoRA method needs LoRA layers attached to the model first (applyLora or loadAdapter)");
    for (auto& item : model->named_parameters(/*recurse=*/true))
        item.value().set_requires_grad(trainsUnder(method, item.key()));
}

std::vector<torch::Tensor> trainableParameters(Gpt2ForSequenceClassification& model) {
    std::vector<torch::Tensor> out;
    for (const torch::Tensor& parameter : model->parameters(/*recurse=*/true))
        if (parameter.requires_grad())
            out.push_back(parameter);
    return out;
}

ParameterCount countParameters(Gpt2ForSequenceClassification& model) {
    ParameterCount count;
    bool haveLora = false;
    for (auto& item : model->named_parameters(/*recurse=*/true)) {
        const std::int64_t n = item.value().numel();
        count.total += n;
        if (item.value().requires_grad())
            count.trainable += n;
        haveLora = haveLora || item.key().find(".lora_") != std::string::npos;
    }
    if (haveLora)
        count.total += model->score()->weight.numel();
    return count;
}

ParameterCount countLanguageModelParameters(Gpt2ForSequenceClassification& model) {
    ParameterCount count;
    for (auto& item : model->named_parameters(/*recurse=*/true)) {
        if (item.key() == "score.weight")
            continue;
        count.total += item.value().numel();
        if (item.value().requires_grad())
            count.trainable += item.value().numel();
    }
    return count;
}

} // namespace litetune
