// Optimization: torch::optim::AdamW over the trainable parameters in the Trainer's two groups —
// weight decay for everything except biases and LayerNorm parameters, none for those — and the
// learning-rate setter the schedule drives. It does not decide what is trainable (the method does,
// through requires_grad).
// Reference: transformers trainer.py create_optimizer / get_decay_parameter_names; docs/formats.md §6.2-6.3.
#pragma once

#include "train/FusedAdamW.h"

#include <torch/nn.h>
#include <torch/optim.h>

#include <memory>
#include <string>
#include <vector>

namespace litetune {

struct NamedParameter {
    std::string name;
    torch::Tensor tensor;
};

// Trainable parameters (requires_grad) in registration order, with their full names.
std::vector<NamedParameter> namedTrainableParameters(const torch::nn::Module& model);

// Names of parameters the Trainer decays: not a bias, not inside a LayerNorm module, not named
// like a norm ("layernorm", "rmsnorm").
bool decaysWeight(const torch::nn::Module& model, const std::string& parameterName);

struct AdamWSettings {
    double learningRate = 5e-5;
    double weightDecay = 0.0;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
};

// Group 0: decayed parameters, group 1: the others (either may be empty and is then left out).
// FusedAdamW: LibTorch's AdamW with a one-pass CPU update (same math, same state).
std::unique_ptr<FusedAdamW> makeAdamW(const torch::nn::Module& model, const AdamWSettings& settings);

void setLearningRate(torch::optim::Optimizer& optimizer, double learningRate);

} // namespace litetune

namespace litetune {

// torch.nn.utils.clip_grad_norm_: total L2 norm over all gradients (norm of per-tensor norms),
// gradients scaled by min(1, maxNorm / (total + 1e-6)) when maxNorm > 0. Returns the pre-clip
// norm (what the Trainer logs as grad_norm); non-finite when a gradient is.
double clipGradients(const std::vector<torch::Tensor>& parameters, double maxNorm);

} // namespace litetune
