// Fuzzes config.json reading: any bytes give a ModelConfig or a litetune::Error. The reader
// takes a path, so each input is written to one scratch file in the fuzzer's temp folder.
#include "api/ModelConfig.h"
#include "util/Error.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("litetune-fuzz-config-" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const auto config = litetune::readModelConfig(file);
        if (config.nHead <= 0 || config.nEmbd % config.nHead != 0)
            __builtin_trap(); // the reader promised to validate this
        (void)litetune::modelConfigToJson(config);
    } catch (const litetune::Error&) {
    }
    return 0;
}
