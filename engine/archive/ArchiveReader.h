// ArchiveReader: one bounded pass over an archive with libarchive (or over a single compressed file
// when `raw`): validated entries one by one, each entry's data streamed with every limit of
// ArchiveLimits enforced. Internal to the libarchive backend of Archive; deliberately has no
// notion of files on disk. Reference: libarchive archive_read(3), archive_read_data(3).
#pragma once

#ifdef LITETUNE_HAVE_LIBARCHIVE

#include "archive/Archive.h"

#include <cstddef>
#include <functional>

struct archive;

namespace litetune {

class ArchiveReader {
public:
    ArchiveReader(const std::filesystem::path& file, const ArchiveLimits& limits, bool raw);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    // The next entry, validated (safe name, links inside, declared size); false at the end.
    bool next(ArchiveEntry& out);
    // Streams the current entry's data to `sink`, enforcing entry, total and ratio limits.
    void readData(const std::string& entryPath, const std::function<void(const char*, std::size_t)>& sink);

private:
    [[noreturn]] void fail(const std::string& what);

    std::filesystem::path m_file;
    ArchiveLimits m_limits;
    archive* m_archive;
    std::uint64_t m_entries = 0;
    std::uint64_t m_total = 0;    // bytes produced by readData
    std::uint64_t m_declared = 0; // sizes the headers declare
};

} // namespace litetune

#endif
