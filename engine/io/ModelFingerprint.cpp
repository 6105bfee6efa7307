// ModelFingerprint: see the header.
#include "io/ModelFingerprint.h"

#include "io/DemoWeights.h"

#include "data/ContentHash.h"
#include "io/HfCache.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxConfigBytes = 8u << 20;
constexpr std::uint64_t kMaxHeaderBytes = 100u << 20;
constexpr int kSamples = 16;
constexpr std::size_t kSampleBytes = 4096;

bool addBytes(ContentHash& hash, std::ifstream& in, std::uint64_t offset, std::size_t size) {
    std::string bytes(size, '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        return false;
    hash.add(bytes);
    return true;
}

} // namespace

std::string modelFingerprint(const std::string& modelSpec) {
    if (modelSpec == "demo")
        return demoModelFingerprint(); // built into the program: its weights' hash
    try {
        const fs::path folder = resolveModelPath(modelSpec);
        ContentHash hash;
        std::error_code ec;
        const fs::path config = folder / "config.json";
        const auto configSize = fs::file_size(config, ec);
        if (ec || configSize > kMaxConfigBytes)
            return {};
        std::ifstream configIn(config, std::ios::binary);
        if (!addBytes(hash, configIn, 0, static_cast<std::size_t>(configSize)))
            return {};
        const fs::path weights = folder / "model.safetensors";
        const auto size = fs::file_size(weights, ec);
        if (ec || size < 8)
            return {};
        std::ifstream in(weights, std::ios::binary);
        unsigned char prefix[8];
        if (!in.read(reinterpret_cast<char*>(prefix), 8))
            return {};
        std::uint64_t headerSize = 0;
        for (int i = 7; i >= 0; --i)
            headerSize = (headerSize << 8) | prefix[i];
        if (headerSize > kMaxHeaderBytes || 8 + headerSize > size)
            return {};
        hash.add(static_cast<std::uint64_t>(size));
        if (!addBytes(hash, in, 8, static_cast<std::size_t>(headerSize)))
            return {};
        const std::uint64_t data = 8 + headerSize;
        const std::uint64_t span = size - data;
        for (int i = 0; i < kSamples && span > 0; ++i) {
            const std::uint64_t at = data + span * static_cast<std::uint64_t>(i) / kSamples;
            if (!addBytes(hash, in, at, static_cast<std::size_t>(std::min<std::uint64_t>(kSampleBytes, size - at))))
                return {};
        }
        return hash.hex();
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace litetune
