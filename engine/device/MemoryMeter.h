// MemoryMeter: peak and current memory of a run. On CUDA the caching allocator's statistics
// (bytes held by tensors, as torch.cuda.max_memory_allocated reports); on the CPU the process's
// resident set from /proc/self/status (VmHWM peak, VmRSS now), which includes everything the
// process holds, not just tensors. Linux only for the CPU figures (0 elsewhere).
#pragma once

#include <torch/types.h>

#include <cstdint>

namespace litetune {

class MemoryMeter {
public:
    explicit MemoryMeter(const torch::Device& device);
    // Starts a new peak: CUDA's allocator peak, or on Linux the process's VmHWM (clear_refs "5").
    void resetPeak() const;
    std::int64_t peakBytes() const;
    std::int64_t currentBytes() const;

private:
    torch::Device m_device;
};

// Reads one "Key:   123 kB" line of /proc/self/status in bytes (0 when absent).
std::int64_t procStatusBytes(const char* key);

} // namespace litetune
