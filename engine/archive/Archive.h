// Archive: the one interface through which LiteTune reads and writes archives — .zip, .tar,
// .tar.gz/.tgz, .tar.xz/.txz, .tar.zst/.tzst, .tar.bz2 — and single files compressed with
// gzip, xz or zstd. Reading lists entries, reads entries into memory, or extracts into a fresh
// folder; writing bundles a folder as .zip or .tar.gz. Every read is bounded (entry count, entry
// size, total size, compression ratio) so a hostile archive fails with a clear message instead of
// filling the disk or memory. Deliberately small and free of libarchive types, so a KArchive
// (KF6) backend can replace the libarchive one (Archive.cpp) without touching callers.
// Reference: libarchive's archive_read(3), archive_write(3); docs/architecture.md "Dependencies".
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace litetune {

struct ArchiveLimits {
    std::uint64_t maxEntries = 100000;
    std::uint64_t maxEntryBytes = std::uint64_t(1) << 30; // 1 GiB, the dataset file cap
    std::uint64_t maxTotalBytes = std::uint64_t(2) << 30; // everything one read or extraction produces
    // Uncompressed bytes per compressed byte read; plain text compresses about 3-10x, bombs 1000x.
    double maxRatio = 200.0;
    // Output below this size is never judged by ratio (tiny files compress absurdly well).
    std::uint64_t ratioGraceBytes = std::uint64_t(4) << 20;
};

struct ArchiveEntry {
    enum class Kind { File, Directory, Symlink, Hardlink, Other };
    std::string path; // normalised: relative, '/'-separated, no "." or ".." components
    Kind kind = Kind::File;
    std::uint64_t size = 0; // as the header declares (checked again while reading)
    std::string linkTarget; // symlink text or hardlink path
};

class Archive {
public:
    explicit Archive(std::filesystem::path file, ArchiveLimits limits = {});

    // By file name: an archive of several entries, or one file compressed with gzip/xz/zstd.
    static bool isArchiveName(const std::string& fileName);
    static bool isCompressedName(const std::string& fileName);
    // "train.csv.gz" → "train.csv"; other names unchanged.
    static std::string withoutCompressionSuffix(const std::string& fileName);
    // Whether this build can read and write archives at all.
    static bool available();

    // All entries; refuses (BadInput) unsafe names and links that leave the archive.
    std::vector<ArchiveEntry> entries() const;
    // The contents of the named regular-file entries (normalised paths), in one pass.
    std::map<std::string, std::string> read(const std::vector<std::string>& paths) const;
    // Extracts into `dir`, which must not exist yet: everything goes to a temporary folder beside
    // it first, so a refused archive leaves nothing behind. Links inside the archive are skipped.
    void extractTo(const std::filesystem::path& dir) const;

    // The decompressed contents of a single .gz/.xz/.zst file.
    static std::string decompressFile(const std::filesystem::path& file, ArchiveLimits limits = {});

    // Writes every regular file under `sourceDir` into `target` (.zip, or .tar.gz/.tgz) atomically.
    static void writeBundle(const std::filesystem::path& sourceDir, const std::filesystem::path& target);

private:
    std::filesystem::path m_file;
    ArchiveLimits m_limits;
};

} // namespace litetune
