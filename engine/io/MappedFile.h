// MappedFile: a whole regular file mapped read-only into memory (mmap), unmapped on destruction.
// Deliberately read-only and whole-file: readers validate sizes against size() before touching
// bytes, and a file changed by someone else while mapped is out of scope (docs/formats.md §3.3).
// Reference: POSIX mmap(2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace litetune {

class MappedFile {
public:
    // Throws BadInput when the path is missing or not a regular file, Failure when mapping fails.
    explicit MappedFile(const std::filesystem::path& file);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    const std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace litetune
