// Read-only whole-file mmap (see MappedFile.h).
#include "io/MappedFile.h"

#include "util/Error.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace litetune {

MappedFile::MappedFile(const std::filesystem::path& file)
    : m_path(file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        const std::string message = "cannot open " + file.string() + ": " + std::strerror(error);
        if (error == ENOENT || error == ENOTDIR || error == EACCES || error == EISDIR)
            throwBadInput(message);
        throwFailure(message);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        throwFailure("cannot inspect " + file.string() + ": " + std::strerror(error));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        throwBadInput(file.string() + " is not a regular file");
    }
    m_size = static_cast<std::size_t>(info.st_size);
    if (m_size > 0) {
        void* mapping = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            throwFailure("cannot map " + file.string() + " into memory: " + std::strerror(error));
        }
        m_data = static_cast<const std::uint8_t*>(mapping);
    }
    ::close(fd); // the mapping keeps the file alive
}

MappedFile::~MappedFile() {
    if (m_data)
        ::munmap(const_cast<std::uint8_t*>(m_data), m_size);
}

} // namespace litetune
