// libFuzzer target for the safetensors reader: any bytes must either parse into views whose
// bytes lie inside the input, or throw litetune::Error — never crash, hang or read out of bounds.
// Build and run: tools/io/fuzz_safetensors.sh [SECONDS]. Not part of the CMake build (needs clang).
#include "io/SafetensorsFile.h"
#include "util/Error.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const litetune::SafetensorsFile file = litetune::parseSafetensorsBuffer(data, size, "fuzz.safetensors");
        volatile std::uint8_t sink = 0;
        for (const litetune::SafetensorsTensorView& tensor : file.tensors()) {
            if (tensor.byteSize > 0) // first and last byte: AddressSanitizer flags any view outside the input
                sink = sink ^ tensor.data[0] ^ tensor.data[tensor.byteSize - 1];
            if (tensor.data < data || tensor.data + tensor.byteSize > data + size)
                __builtin_trap();
        }
    } catch (const litetune::Error&) {
    }
    return 0;
}
