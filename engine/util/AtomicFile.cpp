#include "util/AtomicFile.h"

#include "util/Error.h"
#include "util/FaultInjection.h"
#include "util/StagedDirectory.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

namespace {

fs::path temporaryBeside(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    return target.parent_path() / ("." + target.filename().string() + kAtomicTemporaryMarker +
                                   std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

[[noreturn]] void failErrno(const std::string& what, const fs::path& path) {
    throwFailure("cannot " + what + " " + finalPathOf(path).string() + ": " + std::strerror(errno));
}

} // namespace

AtomicFileWriter::AtomicFileWriter(fs::path target)
    : m_target(std::move(target)) {
    if (m_target.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(m_target.parent_path(), ec);
        if (ec)
            throwFailure("cannot create folder " + m_target.parent_path().string() + ": " + ec.message());
    }
    m_faulty = faultChosenFor(m_target);
    m_temporary = temporaryBeside(m_target);
    if (m_faulty && injectFault(FaultStage::Create))
        failErrno("create", m_target);
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0)
        failErrno("create", m_target);
}

AtomicFileWriter::~AtomicFileWriter() {
    if (m_fd >= 0) {
        ::close(m_fd);
        std::error_code ec;
        fs::remove(m_temporary, ec);
    }
}

void AtomicFileWriter::write(std::string_view bytes) {
    if (m_faulty && !bytes.empty() && injectFault(FaultStage::Write))
        failErrno("write", m_target);
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failErrno("write", m_target);
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
}

void AtomicFileWriter::commit() {
    if (m_faulty && (injectFault(FaultStage::Write) || injectFault(FaultStage::Flush)))
        failErrno("flush", m_target);
    if (::fsync(m_fd) != 0)
        failErrno("flush", m_target);
    if (::close(m_fd) != 0) {
        m_fd = -1;
        const int error = errno;
        std::error_code ec;
        fs::remove(m_temporary, ec);
        errno = error;
        failErrno("close", m_target);
    }
    m_fd = -1;
    if (m_faulty)
        injectFault(FaultStage::BeforeRename);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
        const int error = errno;
        std::error_code ec;
        fs::remove(m_temporary, ec);
        errno = error;
        failErrno("rename into place", m_target);
    }
    syncDirectory(m_target.has_parent_path() ? m_target.parent_path() : fs::path("."));
}

void writeFileAtomically(const fs::path& target, std::string_view contents) {
    AtomicFileWriter writer(target);
    writer.write(contents);
    writer.commit();
}

void syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace litetune
