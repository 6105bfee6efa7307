// DevicePrecision: where and in what precision a run computes. Resolves "auto|cpu|cuda[:N]" and
// "auto|fp32|bf16|fp16" against what this LibTorch and machine offer, and scopes autocast.
// On CUDA, auto picks bf16 where the GPU has it; fp16 adds loss scaling. On the CPU, auto and fp32
// compute in float32, bf16 autocasts as torch.autocast("cpu", torch.bfloat16) does (the Trainer's
// --bf16 --use_cpu), and fp16 falls back to float32 with a note, as the Trainer has no CPU fp16.
// Weights always stay float32 (autocast casts per op).
// Reference: PyTorch torch.autocast / ATen autocast_mode.h; transformers TrainingArguments bf16/fp16.
#pragma once

#include "api/TrainConfig.h"

#include <torch/types.h>

#include <string>

namespace litetune {

struct DevicePrecision {
    torch::Device device = torch::kCPU;
    Precision precision = Precision::Fp32; // resolved: never Auto
    std::string note;                      // why a request was changed, empty otherwise

    std::string deviceName() const; // "cpu", "cuda:0"
    bool autocast() const { return precision != Precision::Fp32; }
    bool lossScaling() const { return device.is_cuda() && precision == Precision::Fp16; }
};

// BadInput when the device string is malformed or names a CUDA device this machine lacks.
DevicePrecision resolveDevicePrecision(const std::string& device, Precision precision);

// Enables autocast on the setup's device type with its dtype for its lifetime (no-op unless
// setup.autocast()).
class AutocastScope {
public:
    explicit AutocastScope(const DevicePrecision& setup);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_active = false;
    bool m_wasEnabled = false;
    bool m_cuda = false;
};

} // namespace litetune
