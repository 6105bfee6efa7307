// FusedAdamW: torch::optim::AdamW with a one-pass update for float32 CPU parameters. LibTorch's
// AdamW walks every parameter tensor six times (decay, two moments, sqrt, divide, addcdiv); this
// reads parameter, gradient and both moments once and writes them once, in parallel chunks — the
// same formula (docs/formats.md §6.3), in the same state (AdamWParamState: step, exp_avg, exp_avg_sq),
// so checkpoints, torch::save/load and every other tensor (CUDA, half precision, amsgrad) go
// through LibTorch's own step unchanged. Results agree with LibTorch's AdamW to float rounding.
// Reference: PyTorch torch/optim/adamw.py (_single_tensor_adamw), torch/csrc/api/src/optim/adamw.cpp.
#pragma once

#include <torch/optim.h>

#include <vector>

namespace litetune {

class FusedAdamW : public torch::optim::AdamW {
public:
    using torch::optim::AdamW::AdamW;
    torch::Tensor step(LossClosure closure = nullptr) override;

    // Gradients become undefined instead of zero-filled (PyTorch's set_to_none=True): backward
    // then writes fresh gradients rather than adding into zeros, and a memset pass is saved.
    void clearGradients();
};

} // namespace litetune
