// RunLock: one process owns a run folder at a time. train, --resume and compare hold an advisory
// lock (flock) on `RUN_DIR/.litetune-run.lock` for the whole run; a second process is refused
// with one line naming the PID that holds it, and the GUI shows such a run as running elsewhere.
// flock, not a PID file: the kernel drops the lock when its holder dies, even by SIGKILL, so a
// crash never leaves a run locked. The lock file itself stays (removing it would race a waiter).
// Torch-free (litetune_core).
#pragma once

#include <filesystem>

namespace litetune {

inline constexpr const char* kRunLockFile = ".litetune-run.lock";

class RunLock {
public:
    // Takes the lock or throws BadInput naming the folder and the holder's PID.
    explicit RunLock(const std::filesystem::path& runDir);
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

private:
    int m_fd = -1;
};

// The PID of the process holding `runDir`'s lock; -1 when it is held but its PID is unknown; 0
// when none holds it.
long runLockHolder(const std::filesystem::path& runDir);

} // namespace litetune
