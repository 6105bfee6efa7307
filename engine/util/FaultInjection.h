// FaultInjection: a test seam in the atomic writers, so the suites can make the Nth write of a named
// file fail the way a full disk or a read-only folder does, or end the process between the data and
// the rename, without mounting anything. Read once from the environment:
//   LITETUNE_TEST_FAULT=ACTION:NAME[:N]
//   ACTION  ENOSPC (the data write fails), EROFS (creating the temporary file fails), EIO (the
//           fsync fails) or kill (SIGKILL after the data is written and flushed, before the rename)
//   NAME    the target's file name (e.g. optimizer.pt), or * for every file
//   N       the Nth matching file of this process (1-based, default 1); later ones are written
// Unset (the normal case) it costs one branch per file. Torch-free (litetune_core).
#pragma once

#include <filesystem>

namespace litetune {

enum class FaultStage { Create, Write, Flush, BeforeRename };

// Called when an atomic writer starts a file: true when this file is the one to fail.
bool faultChosenFor(const std::filesystem::path& target);

// For a chosen file: at `stage`, either sets errno and returns true (the caller fails as the system
// call would), kills the process, or returns false.
bool injectFault(FaultStage stage);

} // namespace litetune
