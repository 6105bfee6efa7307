// Archive, libarchive backend: bounded reading (entry count, sizes, compression ratio), safe
// extraction into a fresh folder, atomic .zip/.tar.gz bundles. Deliberately restricts formats to
// zip and tar and filters to gzip/bzip2/xz/zstd: nothing else is needed, and every extra parser is
// attack surface. Without libarchive every call fails with a message naming the missing package.
// Reference: libarchive archive_read(3), archive_write(3), archive_entry(3).
#include "archive/Archive.h"

#include "archive/ArchiveReader.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <set>
#include <unistd.h>

#ifdef LITETUNE_HAVE_LIBARCHIVE
#include <archive.h>
#include <archive_entry.h>
#endif

namespace litetune {

namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(),
                      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

const char* const kArchiveSuffixes[] = {".zip", ".tar",     ".tar.gz", ".tgz",     ".tar.xz",
                                        ".txz", ".tar.zst", ".tzst",   ".tar.bz2", ".tbz2"};
const char* const kCompressionSuffixes[] = {".gz", ".xz", ".zst"};

} // namespace

Archive::Archive(fs::path file, ArchiveLimits limits)
    : m_file(std::move(file))
    , m_limits(limits) {}

bool Archive::isArchiveName(const std::string& fileName) {
    for (const char* suffix : kArchiveSuffixes)
        if (endsWith(fileName, suffix))
            return true;
    return false;
}

bool Archive::isCompressedName(const std::string& fileName) {
    if (isArchiveName(fileName))
        return false;
    for (const char* suffix : kCompressionSuffixes)
        if (endsWith(fileName, suffix))
            return true;
    return false;
}

std::string Archive::withoutCompressionSuffix(const std::string& fileName) {
    if (!isCompressedName(fileName))
        return fileName;
    return fileName.substr(0, fileName.rfind('.'));
}

#ifdef LITETUNE_HAVE_LIBARCHIVE

bool Archive::available() {
    return true;
}

namespace {

fs::path extractionTemporary(const fs::path& dir) {
    static int counter = 0;
    return dir.parent_path() /
           ("." + dir.filename().string() + ".extract-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

// A folder entry whose name an earlier file entry already took is the archive's fault, not the
// disk's: it is reported as bad input naming the entry.
void createFolder(const fs::path& folder, const std::string& entryPath) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throwBadInput("cannot extract \"" + entryPath + "\": its folder clashes with a file of the same name (" +
                      ec.message() + ")");
}

void extractEntries(ArchiveReader& reader, const fs::path& root) {
    ArchiveEntry entry;
    while (reader.next(entry)) {
        const fs::path target = root / entry.path;
        if (entry.kind == ArchiveEntry::Kind::Directory) {
            createFolder(target, entry.path);
            continue;
        }
        if (entry.kind != ArchiveEntry::Kind::File)
            continue; // links (already checked to stay inside) and special files are not recreated
        createFolder(target.parent_path(), entry.path);
        // O_EXCL | O_NOFOLLOW: a duplicate entry or anything already at that name is refused.
        const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0)
            throwBadInput("cannot extract \"" + entry.path + "\": the name occurs twice or clashes with a folder");
        try {
            reader.readData(entry.path, [&](const char* data, std::size_t size) {
                while (size > 0) {
                    const ssize_t n = ::write(fd, data, size);
                    if (n < 0)
                        throwFailure("cannot write " + target.string());
                    data += n;
                    size -= static_cast<std::size_t>(n);
                }
            });
        } catch (...) {
            ::close(fd);
            throw;
        }
        ::close(fd);
    }
}

la_ssize_t writeToAtomicFile(archive* handle, void* client, const void* buffer, size_t length) {
    try {
        static_cast<AtomicFileWriter*>(client)->write(std::string_view(static_cast<const char*>(buffer), length));
        return static_cast<la_ssize_t>(length);
    } catch (const std::exception& e) {
        archive_set_error(handle, EIO, "%s", e.what());
        return -1;
    }
}

} // namespace

std::vector<ArchiveEntry> Archive::entries() const {
    ArchiveReader reader(m_file, m_limits, false);
    std::vector<ArchiveEntry> result;
    ArchiveEntry entry;
    while (reader.next(entry))
        result.push_back(entry);
    return result;
}

std::map<std::string, std::string> Archive::read(const std::vector<std::string>& paths) const {
    const std::set<std::string> wanted(paths.begin(), paths.end());
    std::map<std::string, std::string> contents;
    ArchiveReader reader(m_file, m_limits, false);
    ArchiveEntry entry;
    while (reader.next(entry)) {
        if (entry.kind != ArchiveEntry::Kind::File || !wanted.count(entry.path))
            continue;
        std::string& data = contents[entry.path];
        data.clear(); // a later duplicate replaces an earlier one, as tar does on extraction
        reader.readData(entry.path, [&](const char* bytes, std::size_t size) { data.append(bytes, size); });
    }
    for (const std::string& path : wanted)
        if (!contents.count(path))
            throwBadInput(m_file.string() + " has no file \"" + path + "\"");
    return contents;
}

void Archive::extractTo(const fs::path& dir) const {
    if (fs::exists(dir))
        throwBadInput("cannot extract " + m_file.string() + " into " + dir.string() + ": it already exists");
    const fs::path temporary = extractionTemporary(dir);
    // The outermost folder this call creates: removed again when the archive is refused.
    fs::path created = fs::absolute(temporary);
    while (created.has_parent_path() && created.parent_path() != created && !fs::exists(created.parent_path()))
        created = created.parent_path();
    fs::create_directories(temporary);
    try {
        ArchiveReader reader(m_file, m_limits, false);
        extractEntries(reader, temporary);
        fs::rename(temporary, dir);
        syncDirectory(dir.has_parent_path() ? dir.parent_path() : fs::path("."));
    } catch (...) {
        std::error_code ec;
        fs::remove_all(created, ec);
        throw;
    }
}

std::string Archive::decompressFile(const fs::path& file, ArchiveLimits limits) {
    ArchiveReader reader(file, limits, true);
    ArchiveEntry entry;
    std::string data;
    if (!reader.next(entry))
        throwBadInput(file.string() + " is empty");
    reader.readData(file.filename().string(), [&](const char* bytes, std::size_t size) { data.append(bytes, size); });
    return data;
}

void Archive::writeBundle(const fs::path& sourceDir, const fs::path& target) {
    const std::string name = target.filename().string();
    const bool zip = endsWith(name, ".zip");
    if (!zip && !endsWith(name, ".tar.gz") && !endsWith(name, ".tgz"))
        throwBadInput("bundle " + target.string() + ": the name must end in .zip, .tar.gz or .tgz");
    std::vector<fs::path> files;
    for (const auto& item : fs::recursive_directory_iterator(sourceDir))
        if (item.is_regular_file() && !item.is_symlink())
            files.push_back(item.path());
    std::sort(files.begin(), files.end());

    AtomicFileWriter writer(target);
    std::unique_ptr<archive, int (*)(archive*)> handle(archive_write_new(), archive_write_free);
    archive* a = handle.get();
    if (zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
    }
    if (archive_write_open2(a, &writer, nullptr, writeToAtomicFile, nullptr, nullptr) != ARCHIVE_OK)
        throwFailure("cannot start " + target.string() + ": " + archive_error_string(a));
    for (const fs::path& file : files) {
        const std::string relative = fs::relative(file, sourceDir).generic_string();
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(entry.get(), relative.c_str());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(fs::file_size(file)));
        archive_entry_set_mtime(entry.get(), ::time(nullptr), 0);
        if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
            throwFailure("cannot add " + relative + " to " + target.string() + ": " + archive_error_string(a));
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            throwFailure("cannot read " + file.string() + " for " + target.string());
        std::vector<char> buffer(64 * 1024);
        ssize_t n = 0;
        while ((n = ::read(fd, buffer.data(), buffer.size())) > 0) {
            if (archive_write_data(a, buffer.data(), static_cast<size_t>(n)) < 0) {
                ::close(fd);
                throwFailure("cannot write " + target.string() + ": " + archive_error_string(a));
            }
        }
        ::close(fd);
        if (n < 0)
            throwFailure("cannot read " + file.string() + " for " + target.string());
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        throwFailure("cannot finish " + target.string() + ": " + archive_error_string(a));
    writer.commit();
}

#else // no libarchive

bool Archive::available() {
    return false;
}

namespace {
[[noreturn]] void unavailable(const fs::path& file) {
    throwFailure("cannot open " + file.string() +
                 ": this build has no archive support (install libarchive-dev "
                 "and rebuild)");
}
} // namespace

std::vector<ArchiveEntry> Archive::entries() const {
    unavailable(m_file);
}
std::map<std::string, std::string> Archive::read(const std::vector<std::string>&) const {
    unavailable(m_file);
}
void Archive::extractTo(const fs::path&) const {
    unavailable(m_file);
}
std::string Archive::decompressFile(const fs::path& file, ArchiveLimits) {
    unavailable(file);
}
void Archive::writeBundle(const fs::path&, const fs::path& target) {
    unavailable(target);
}

#endif

} // namespace litetune
