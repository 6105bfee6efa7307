// ArchiveFixtures: builds archives for tests with libarchive directly — including hostile ones
// (path traversal, absolute names, escaping links) that Archive::writeBundle would never write.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace litetune::test {

struct FixtureEntry {
    enum class Kind { File, Directory, Symlink, Hardlink };
    FixtureEntry(std::string entryName, std::string entryContent = {}, Kind entryKind = Kind::File,
                 std::string entryLink = {})
        : name(std::move(entryName))
        , content(std::move(entryContent))
        , kind(entryKind)
        , link(std::move(entryLink)) {}
    std::string name;
    std::string content; // File only
    Kind kind = Kind::File;
    std::string link; // Symlink text or Hardlink target
};

// Format by extension: .zip, .tar, .tar.gz, .tgz, .tar.xz, .tar.zst, .tar.bz2.
void writeArchive(const std::filesystem::path& file, const std::vector<FixtureEntry>& entries);

// One file compressed by extension: .gz, .xz, .zst.
void writeCompressed(const std::filesystem::path& file, const std::string& content);

// Every regular file under `dir` as entries named "<prefix><relative path>".
std::vector<FixtureEntry> entriesOf(const std::filesystem::path& dir, const std::string& prefix = "");

std::string readFile(const std::filesystem::path& file);

} // namespace litetune::test
