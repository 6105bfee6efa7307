// RunLock: see the header.
#include "util/RunLock.h"

#include "util/Error.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace litetune {

namespace {

// The PID written into the lock file by its holder (0 when unreadable).
long pidIn(int fd) {
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    if (n <= 0)
        return 0;
    char* end = nullptr;
    const long pid = std::strtol(text, &end, 10);
    return pid > 0 ? pid : 0;
}

} // namespace

RunLock::RunLock(const std::filesystem::path& runDir) {
    const std::filesystem::path file = runDir / kRunLockFile;
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throwFailure("cannot open the run lock " + file.string() + ": " + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const long holder = pidIn(m_fd);
        ::close(m_fd);
        m_fd = -1;
        if (error == EWOULDBLOCK)
            throwBadInput("run folder " + runDir.string() + " is in use by another LiteTune process" +
                          (holder ? " (PID " + std::to_string(holder) + ")" : std::string()) +
                          "; wait for it to finish or cancel it first");
        throwFailure("cannot lock the run folder " + runDir.string() + ": " + std::strerror(error));
    }
    // Without the PID the lock still holds; only a refused second process's message is poorer.
    const std::string pid = std::to_string(::getpid()) + "\n";
    [[maybe_unused]] const bool written =
        ::ftruncate(m_fd, 0) == 0 && ::pwrite(m_fd, pid.data(), pid.size(), 0) == static_cast<ssize_t>(pid.size());
}

RunLock::~RunLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

long runLockHolder(const std::filesystem::path& runDir) {
    const std::filesystem::path file = runDir / kRunLockFile;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    long holder = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        holder = pidIn(fd);
        if (holder == 0)
            holder = -1;
    }
    ::close(fd);
    return holder;
}

} // namespace litetune
