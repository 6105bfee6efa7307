// StagedDirectory: see the header.
#include "model/StagedDirectory.h"

#include "util/AtomicFile.h"
#include "util/Error.h"

#include <unistd.h>

#include <atomic>
#include <string>
#include <system_error>

namespace litetune {

namespace fs = std::filesystem;

StagedDirectory::StagedDirectory(fs::path target)
    : m_target(std::move(target)) {
    if (m_target.filename().empty())
        m_target = m_target.parent_path(); // "out/" names "out"
    if (m_target.empty())
        throwBadInput("no output folder given");
    std::error_code ec;
    const fs::path parent = m_target.has_parent_path() ? m_target.parent_path() : fs::path(".");
    fs::create_directories(parent, ec);
    if (ec)
        throwFailure("cannot create folder " + parent.string() + ": " + ec.message());
    if (fs::exists(m_target) && !fs::is_directory(m_target))
        throwBadInput("output path " + m_target.string() + " exists and is not a folder");
    static std::atomic<unsigned> counter{0};
    m_staging = parent / ("." + m_target.filename().string() + ".staging-" + std::to_string(::getpid()) + "-" +
                          std::to_string(counter++));
    fs::remove_all(m_staging, ec);
    fs::create_directory(m_staging, ec);
    if (ec)
        throwFailure("cannot create folder " + m_staging.string() + ": " + ec.message());
}

StagedDirectory::~StagedDirectory() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_staging, ec);
    }
}

void StagedDirectory::commit() {
    syncDirectory(m_staging);
    try {
        replaceDirectoryAtomically(m_staging, m_target);
    } catch (const fs::filesystem_error& error) {
        throwFailure("cannot move the finished folder into place at " + m_target.string() + ": " + error.what());
    }
    m_committed = true;
}

} // namespace litetune
