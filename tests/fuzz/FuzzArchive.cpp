// Fuzzes archive reading (zip, tar, gzip, xz, zstd by content): listing, reading every entry and
// extracting must finish within the limits or throw litetune::Error, and extraction must never
// write outside its target folder.
#include "archive/Archive.h"
#include "util/Error.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path root = fs::temp_directory_path() / ("litetune-fuzz-archive-" + std::to_string(::getpid()));
    static const fs::path file = root / "input.zip";
    std::error_code ec;
    fs::remove_all(root, ec);
    fs::create_directories(root);
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    litetune::ArchiveLimits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.ratioGraceBytes = 64 << 10;
    try {
        const litetune::Archive archive(file, limits);
        std::vector<std::string> paths;
        for (const auto& entry : archive.entries())
            if (entry.kind == litetune::ArchiveEntry::Kind::File)
                paths.push_back(entry.path);
        archive.read(paths);
        archive.extractTo(root / "out");
    } catch (const litetune::Error&) {
    }
    // Nothing may appear beside the input and the extraction folder.
    for (const auto& entry : fs::directory_iterator(root)) {
        const auto name = entry.path().filename();
        if (name != "input.zip" && name != "out")
            __builtin_trap();
    }
    return 0;
}
