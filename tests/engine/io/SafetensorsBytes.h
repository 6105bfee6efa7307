// Test helpers that build safetensors files byte by byte, so hostile layouts need no fixtures.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace litetune::test {

// 8-byte little-endian length + header (space-padded to 8 bytes when `pad`) + data.
inline std::string safetensorsBytes(std::string header, const std::string& data, bool pad = true) {
    if (pad)
        header.append((8 - header.size() % 8) % 8, ' ');
    std::string bytes(8, '\0');
    std::uint64_t n = header.size();
    for (int i = 0; i < 8; ++i, n >>= 8)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(n & 0xff);
    return bytes + header + data;
}

// The same with an explicit header length field (for lying lengths).
inline std::string withLength(std::uint64_t n, const std::string& rest) {
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i, n >>= 8)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(n & 0xff);
    return bytes + rest;
}

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace litetune::test
