// ArchiveReader: bounded, validated reading with libarchive (see ArchiveReader.h).
#include "archive/ArchiveReader.h"

#ifdef LITETUNE_HAVE_LIBARCHIVE

#include "archive/ArchivePath.h"
#include "util/Error.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <vector>

namespace litetune {

namespace {
std::string mebibytes(std::uint64_t bytes) {
    return bytes < (1u << 20) ? std::to_string(bytes) + " bytes" : std::to_string(bytes >> 20) + " MiB";
}
} // namespace

ArchiveReader::ArchiveReader(const std::filesystem::path& file, const ArchiveLimits& limits, bool raw)
    : m_file(file)
    , m_limits(limits)
    , m_archive(archive_read_new()) {
    if (!m_archive)
        throwFailure("cannot allocate an archive reader for " + file.string());
    archive_read_support_filter_gzip(m_archive);
    archive_read_support_filter_bzip2(m_archive);
    archive_read_support_filter_xz(m_archive);
    archive_read_support_filter_zstd(m_archive);
    if (raw) {
        archive_read_support_format_raw(m_archive);
    } else {
        archive_read_support_format_zip(m_archive);
        archive_read_support_format_tar(m_archive);
    }
    if (archive_read_open_filename(m_archive, file.c_str(), 64 * 1024) != ARCHIVE_OK) {
        const std::string message = archive_error_string(m_archive) ? archive_error_string(m_archive) : "";
        archive_read_free(m_archive);
        throwBadInput(file.string() + " cannot be opened as an archive: " + message);
    }
}

ArchiveReader::~ArchiveReader() {
    archive_read_free(m_archive);
}

bool ArchiveReader::next(ArchiveEntry& out) {
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(m_archive, &entry);
    if (status == ARCHIVE_EOF)
        return false;
    if (status < ARCHIVE_WARN)
        fail("is not a readable archive");
    if (++m_entries > m_limits.maxEntries)
        throwBadInput(m_file.string() + " holds more than " + std::to_string(m_limits.maxEntries) +
                      " entries; refused as a possible archive bomb");
    const char* name = archive_entry_pathname(entry);
    std::string whyNot;
    out = ArchiveEntry{};
    out.path = ArchivePath::normalize(name ? name : "", whyNot);
    if (out.path.empty())
        throwBadInput(m_file.string() + ": entry \"" + std::string(name ? name : "") + "\" has " + whyNot +
                      "; refused");
    out.size = archive_entry_size_is_set(entry) ? static_cast<std::uint64_t>(archive_entry_size(entry)) : 0;
    const char* hardlink = archive_entry_hardlink(entry);
    const auto type = archive_entry_filetype(entry);
    if (hardlink) {
        out.kind = ArchiveEntry::Kind::Hardlink;
        out.linkTarget = hardlink;
    } else if (type == AE_IFLNK) {
        out.kind = ArchiveEntry::Kind::Symlink;
        const char* target = archive_entry_symlink(entry);
        out.linkTarget = target ? target : "";
    } else if (type == AE_IFDIR) {
        out.kind = ArchiveEntry::Kind::Directory;
    } else if (type == AE_IFREG) {
        out.kind = ArchiveEntry::Kind::File;
    } else {
        out.kind = ArchiveEntry::Kind::Other;
    }
    const bool isHardlink = out.kind == ArchiveEntry::Kind::Hardlink;
    if ((isHardlink || out.kind == ArchiveEntry::Kind::Symlink) &&
        !ArchivePath::linkStaysInside(out.path, out.linkTarget, isHardlink))
        throwBadInput(m_file.string() + ": link \"" + out.path + "\" points to \"" + out.linkTarget +
                      "\", outside the archive; refused");
    if (out.kind == ArchiveEntry::Kind::File && out.size > m_limits.maxEntryBytes)
        throwBadInput(m_file.string() + ": entry \"" + out.path + "\" declares " + mebibytes(out.size) +
                      ", more than the " + mebibytes(m_limits.maxEntryBytes) + " limit; refused");
    // Skipping an entry of a compressed tar still decompresses it: bound that work too.
    m_declared += out.kind == ArchiveEntry::Kind::File ? out.size : 0;
    if (m_declared > m_limits.maxTotalBytes)
        throwBadInput(m_file.string() + " declares more than " + mebibytes(m_limits.maxTotalBytes) +
                      " in all; refused as a possible archive bomb");
    return true;
}

void ArchiveReader::readData(const std::string& entryPath, const std::function<void(const char*, std::size_t)>& sink) {
    std::vector<char> buffer(64 * 1024);
    std::uint64_t entryBytes = 0;
    for (;;) {
        const la_ssize_t n = archive_read_data(m_archive, buffer.data(), buffer.size());
        if (n == 0)
            return;
        if (n < 0)
            fail("entry \"" + entryPath + "\" cannot be read");
        entryBytes += static_cast<std::uint64_t>(n);
        m_total += static_cast<std::uint64_t>(n);
        if (entryBytes > m_limits.maxEntryBytes)
            throwBadInput(m_file.string() + ": entry \"" + entryPath + "\" is larger than the " +
                          mebibytes(m_limits.maxEntryBytes) + " limit; refused");
        if (m_total > m_limits.maxTotalBytes)
            throwBadInput(m_file.string() + " expands to more than " + mebibytes(m_limits.maxTotalBytes) +
                          "; refused as a possible archive bomb");
        // Compressed bytes consumed so far (libarchive reads ahead, so this errs on the lenient side).
        const auto consumed = static_cast<double>(std::max<la_int64_t>(archive_filter_bytes(m_archive, -1), 1));
        if (m_total > m_limits.ratioGraceBytes && static_cast<double>(m_total) > m_limits.maxRatio * consumed)
            throwBadInput(m_file.string() + " expands more than " +
                          std::to_string(static_cast<long long>(m_limits.maxRatio)) +
                          "-fold; refused as a possible archive bomb");
        sink(buffer.data(), static_cast<std::size_t>(n));
    }
}

void ArchiveReader::fail(const std::string& what) {
    const char* message = archive_error_string(m_archive);
    throwBadInput(m_file.string() + " " + what + ": " + (message ? message : "unknown libarchive error"));
}

} // namespace litetune

#endif
