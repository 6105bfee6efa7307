// CUDA allocator statistics and device capabilities. Reference: c10/cuda/CUDACachingAllocator.h
// (getDeviceStats, resetPeakStats), ATen/cuda/CUDAContext.h (getDeviceProperties).
#include "device/CudaSupport.h"

#ifdef LITETUNE_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace litetune {

#ifdef LITETUNE_WITH_CUDA
namespace {
// StatType::AGGREGATE; the enum moved namespaces across LibTorch 2.x, its value 0 did not.
constexpr std::size_t kAggregate = 0;
} // namespace

bool cudaCompiledIn() {
    return true;
}

std::int64_t cudaPeakAllocatedBytes(int device) {
    return c10::cuda::CUDACachingAllocator::getDeviceStats(static_cast<c10::DeviceIndex>(device))
        .allocated_bytes[kAggregate]
        .peak;
}

std::int64_t cudaAllocatedBytes(int device) {
    return c10::cuda::CUDACachingAllocator::getDeviceStats(static_cast<c10::DeviceIndex>(device))
        .allocated_bytes[kAggregate]
        .current;
}

void cudaResetPeak(int device) {
    c10::cuda::CUDACachingAllocator::resetPeakStats(static_cast<c10::DeviceIndex>(device));
}

bool cudaSupportsBf16(int device) {
    return at::cuda::getDeviceProperties(static_cast<c10::DeviceIndex>(device))->major >= 8;
}

std::string cudaDeviceName(int device) {
    return at::cuda::getDeviceProperties(static_cast<c10::DeviceIndex>(device))->name;
}

std::int64_t cudaTotalMemoryBytes(int device) {
    return static_cast<std::int64_t>(
        at::cuda::getDeviceProperties(static_cast<c10::DeviceIndex>(device))->totalGlobalMem);
}

#else
bool cudaCompiledIn() {
    return false;
}
std::int64_t cudaPeakAllocatedBytes(int) {
    return 0;
}
std::int64_t cudaAllocatedBytes(int) {
    return 0;
}
void cudaResetPeak(int) {}
bool cudaSupportsBf16(int) {
    return false;
}
std::string cudaDeviceName(int) {
    return {};
}
std::int64_t cudaTotalMemoryBytes(int) {
    return 0;
}
#endif

} // namespace litetune
