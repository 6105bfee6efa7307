// Device and precision resolution, and the autocast scope. The autocast API moved in LibTorch 2.4
// (per-device set_autocast_enabled/set_autocast_dtype); older releases have the CUDA-only pair.
#include "device/DevicePrecision.h"

#include "device/CudaSupport.h"
#include "util/Error.h"

#include <ATen/autocast_mode.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <cerrno>
#include <cstdlib>

#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define LITETUNE_AUTOCAST_PER_DEVICE 1
#endif

namespace litetune {

std::string DevicePrecision::deviceName() const {
    if (device.is_cuda())
        return "cuda:" + std::to_string(device.has_index() ? device.index() : 0);
    return "cpu";
}

DevicePrecision resolveDevicePrecision(const std::string& device, Precision precision) {
    DevicePrecision setup;
    const bool haveCuda = torch::cuda::is_available();
    if (device == "auto" || device.empty()) {
        setup.device = haveCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    } else if (device == "cpu") {
        setup.device = torch::kCPU;
    } else if (device.rfind("cuda", 0) == 0) {
        long index = 0;
        if (device.size() > 4) {
            char* end = nullptr;
            errno = 0;
            index = device[4] == ':' ? std::strtol(device.c_str() + 5, &end, 10) : -1;
            if (device[4] != ':' || device.size() == 5 || *end != '\0' || errno || index < 0)
                throwBadInput("--device \"" + device + "\" is not a device; expected auto, cpu, cuda or cuda:N");
        }
        const auto count = static_cast<long>(torch::cuda::device_count());
        if (!haveCuda || index >= count)
            throwBadInput("--device " + device + " asks for CUDA device " + std::to_string(index) + " but this " +
                          (haveCuda ? "machine has " + std::to_string(count) + " CUDA device(s)"
                                    : "LibTorch or machine has no CUDA"));
        setup.device = torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    } else {
        throwBadInput("--device \"" + device + "\" is not a device; expected auto, cpu, cuda or cuda:N");
    }

    if (!setup.device.is_cuda()) {
        if (precision == Precision::Fp16)
            setup.note = "--precision fp16 applies to CUDA only; the CPU computes in fp32 (bf16 autocasts on the CPU)";
        setup.precision = precision == Precision::Bf16 ? Precision::Bf16 : Precision::Fp32;
        return setup;
    }
    const bool bf16 = cudaSupportsBf16(setup.device.index());
    if (precision == Precision::Auto) {
        setup.precision = bf16 ? Precision::Bf16 : Precision::Fp32;
    } else if (precision == Precision::Bf16 && !bf16) {
        setup.note = "this GPU has no fast bf16; computing in fp32 (try --precision fp16)";
        setup.precision = Precision::Fp32;
    } else {
        setup.precision = precision;
    }
    return setup;
}

AutocastScope::AutocastScope(const DevicePrecision& setup) {
    if (!setup.autocast())
        return;
    const auto dtype = setup.precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf;
    m_active = true;
    m_cuda = setup.device.is_cuda();
#ifdef LITETUNE_AUTOCAST_PER_DEVICE
    const auto type = m_cuda ? at::kCUDA : at::kCPU;
    m_wasEnabled = at::autocast::is_autocast_enabled(type);
    at::autocast::set_autocast_dtype(type, dtype);
    at::autocast::set_autocast_enabled(type, true);
#else
    if (m_cuda) {
        m_wasEnabled = at::autocast::is_enabled();
        at::autocast::set_autocast_gpu_dtype(dtype);
        at::autocast::set_enabled(true);
    } else {
        m_wasEnabled = at::autocast::is_cpu_enabled();
        at::autocast::set_autocast_cpu_dtype(dtype);
        at::autocast::set_cpu_enabled(true);
    }
#endif
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!m_active)
        return;
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
#ifdef LITETUNE_AUTOCAST_PER_DEVICE
    at::autocast::set_autocast_enabled(m_cuda ? at::kCUDA : at::kCPU, m_wasEnabled);
#else
    if (m_cuda)
        at::autocast::set_enabled(m_wasEnabled);
    else
        at::autocast::set_cpu_enabled(m_wasEnabled);
#endif
}

} // namespace litetune
