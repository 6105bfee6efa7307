// Fuzzes the safetensors validator: any byte string must either parse into views that lie inside
// the buffer, or be refused with litetune::Error — never crash, hang or read out of bounds.
#include "io/SafetensorsFile.h"
#include "util/Error.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto file = litetune::parseSafetensorsBuffer(data, size, "fuzz.safetensors");
        std::uint64_t checksum = 0;
        for (const auto& tensor : file.tensors()) {
            // Touch every byte a view claims, so ASan catches a view that escapes the buffer.
            for (std::size_t i = 0; i < tensor.byteSize; ++i)
                checksum += tensor.data[i];
        }
        volatile std::uint64_t sink = checksum;
        (void)sink;
    } catch (const litetune::Error&) {
    }
    return 0;
}
