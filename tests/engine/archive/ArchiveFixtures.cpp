#include "ArchiveFixtures.h"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace litetune::test {

namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void check(archive* a, int status, const char* what) {
    if (status < ARCHIVE_WARN)
        throw std::runtime_error(std::string(what) + ": " + (archive_error_string(a) ? archive_error_string(a) : "?"));
}

void addFilterFor(archive* a, const std::string& name) {
    if (endsWith(name, ".gz") || endsWith(name, ".tgz"))
        check(a, archive_write_add_filter_gzip(a), "gzip");
    else if (endsWith(name, ".xz"))
        check(a, archive_write_add_filter_xz(a), "xz");
    else if (endsWith(name, ".zst"))
        check(a, archive_write_add_filter_zstd(a), "zstd");
    else if (endsWith(name, ".bz2"))
        check(a, archive_write_add_filter_bzip2(a), "bzip2");
}

} // namespace

void writeArchive(const fs::path& file, const std::vector<FixtureEntry>& entries) {
    const std::string name = file.filename().string();
    archive* a = archive_write_new();
    if (endsWith(name, ".zip")) {
        check(a, archive_write_set_format_zip(a), "zip");
    } else {
        check(a, archive_write_set_format_pax_restricted(a), "tar");
        addFilterFor(a, name);
    }
    check(a, archive_write_open_filename(a, file.c_str()), "open");
    for (const FixtureEntry& item : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.name.c_str());
        archive_entry_set_perm(entry, 0644);
        switch (item.kind) {
        case FixtureEntry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, static_cast<la_int64_t>(item.content.size()));
            break;
        case FixtureEntry::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case FixtureEntry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, item.link.c_str());
            break;
        case FixtureEntry::Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, item.link.c_str());
            archive_entry_set_size(entry, 0);
            break;
        }
        check(a, archive_write_header(a, entry), "header");
        if (item.kind == FixtureEntry::Kind::File && !item.content.empty())
            if (archive_write_data(a, item.content.data(), item.content.size()) < 0)
                check(a, ARCHIVE_FATAL, "data");
        archive_entry_free(entry);
    }
    check(a, archive_write_close(a), "close");
    archive_write_free(a);
}

void writeCompressed(const fs::path& file, const std::string& content) {
    archive* a = archive_write_new();
    check(a, archive_write_set_format_raw(a), "raw");
    addFilterFor(a, file.filename().string());
    check(a, archive_write_open_filename(a, file.c_str()), "open");
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "data");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, static_cast<la_int64_t>(content.size()));
    check(a, archive_write_header(a, entry), "header");
    if (archive_write_data(a, content.data(), content.size()) < 0)
        check(a, ARCHIVE_FATAL, "data");
    archive_entry_free(entry);
    check(a, archive_write_close(a), "close");
    archive_write_free(a);
}

std::vector<FixtureEntry> entriesOf(const fs::path& dir, const std::string& prefix) {
    std::vector<FixtureEntry> entries;
    for (const auto& item : fs::recursive_directory_iterator(dir))
        if (item.is_regular_file())
            entries.push_back({prefix + fs::relative(item.path(), dir).generic_string(), readFile(item.path())});
    return entries;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace litetune::test
