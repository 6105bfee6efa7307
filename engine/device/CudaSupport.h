// CudaSupport: the few CUDA facts the trainer needs that LibTorch's device-neutral C++ API lacks:
// allocator peak/current memory, whether a GPU does bf16 natively, and (for --version and the
// About box) its name and memory size. Compiled against CUDA headers only in CUDA builds of
// LibTorch (LITETUNE_WITH_CUDA, set by this folder's CMake); elsewhere the functions answer
// "nothing" (0, false, "").
#pragma once

#include <cstdint>
#include <string>

namespace litetune {

// True when this binary was built against a CUDA build of LibTorch (the code paths above are real).
bool cudaCompiledIn();
std::int64_t cudaPeakAllocatedBytes(int device);
std::int64_t cudaAllocatedBytes(int device);
void cudaResetPeak(int device);
bool cudaSupportsBf16(int device);
std::string cudaDeviceName(int device);        // empty where unknown
std::int64_t cudaTotalMemoryBytes(int device); // 0 where unknown

} // namespace litetune
