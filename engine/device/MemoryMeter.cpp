// Peak/current memory, CUDA allocator or /proc/self/status. Reference: proc(5) VmHWM/VmRSS.
#include "device/MemoryMeter.h"

#include "device/CudaSupport.h"

#include <cstdio>
#include <cstring>

namespace litetune {

std::int64_t procStatusBytes(const char* key) {
    std::FILE* file = std::fopen("/proc/self/status", "r");
    if (!file)
        return 0;
    char line[256];
    std::int64_t bytes = 0;
    const std::size_t keyLength = std::strlen(key);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, key, keyLength) == 0 && line[keyLength] == ':') {
            long long kb = 0;
            if (std::sscanf(line + keyLength + 1, "%lld", &kb) == 1)
                bytes = static_cast<std::int64_t>(kb) * 1024;
            break;
        }
    }
    std::fclose(file);
    return bytes;
}

MemoryMeter::MemoryMeter(const torch::Device& device)
    : m_device(device) {}

void MemoryMeter::resetPeak() const {
    if (m_device.is_cuda()) {
        cudaResetPeak(m_device.has_index() ? m_device.index() : 0);
        return;
    }
    if (std::FILE* file = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", file); // resets VmHWM to the current RSS (Linux >= 4.0); harmless where refused
        std::fclose(file);
    }
}

std::int64_t MemoryMeter::peakBytes() const {
    if (m_device.is_cuda())
        return cudaPeakAllocatedBytes(m_device.has_index() ? m_device.index() : 0);
    return procStatusBytes("VmHWM");
}

std::int64_t MemoryMeter::currentBytes() const {
    if (m_device.is_cuda())
        return cudaAllocatedBytes(m_device.has_index() ? m_device.index() : 0);
    return procStatusBytes("VmRSS");
}

} // namespace litetune
